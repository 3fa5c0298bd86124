package io.kubeprint.core.validation;

import static io.kubeprint.core.validation.PodValidation.HUGEPAGES;
import static io.kubeprint.core.validation.PodValidation.RESOURCE_NAME;
import static io.kubeprint.core.validation.PodValidation.RESOURCE_QUANTITY;
import static io.kubeprint.core.validation.PodValidation.RESOURCE_REQUEST_LIMIT;
import static io.kubeprint.core.validation.Untyped.quote;

import io.kubeprint.core.pod.Quantity;
import io.kubeprint.core.pod.ResourceRequirements;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Container resource checks ({@code ValidateContainerResourceRequirements}: names, quantities, requests
 * against limits, hugepages) and the resource selector of the downward API
 * ({@code validateContainerResourceFieldSelector}). Quantities are rounded up to milli-units first, as
 * {@code SetDefaults_ResourceList} does.
 */
final class ResourceChecks {
  private static final List<String> STANDARD_CONTAINER_RESOURCES = List.of("cpu", "memory", "ephemeral-storage");
  /** {@code standardResources} of {@code pkg/apis/core/helper}. */
  private static final List<String> STANDARD_RESOURCES = List.of("cpu", "memory", "ephemeral-storage",
      "requests.cpu", "requests.memory", "requests.ephemeral-storage", "limits.cpu", "limits.memory",
      "limits.ephemeral-storage", "pods", "resourcequotas", "services", "replicationcontrollers", "secrets",
      "configmaps", "persistentvolumeclaims", "storage", "requests.storage", "services.nodeports",
      "services.loadbalancers");
  /** {@code integerResources} of {@code pkg/apis/core/helper}. */
  private static final List<String> INTEGER_RESOURCES = List.of("pods", "resourcequotas", "services",
      "replicationcontrollers", "secrets", "configmaps", "persistentvolumeclaims", "services.nodeports",
      "services.loadbalancers");
  /** {@code validContainerResourceFieldPathExpressions}. */
  private static final List<String> RESOURCE_FIELD_PATHS = List.of("limits.cpu", "limits.ephemeral-storage",
      "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory");

  private ResourceChecks() {}

  /**
   * {@code validateResourceRequirements} with {@code validateContainerResourceName}. In a Pod
   * ({@code defaultRequests}), a limit without a request is first copied to the requests, as
   * {@code SetDefaults_Pod} does; templates are not defaulted so.
   */
  static void resources(ResourceRequirements r, boolean defaultRequests, FieldPath path, Violations v) {
    FieldPath limPath = path.child("limits");
    FieldPath reqPath = path.child("requests");
    boolean limCpuOrMemory = false;
    boolean reqCpuOrMemory = false;
    boolean limHugePages = false;
    boolean reqHugePages = false;
    for (Map.Entry<String, Quantity> e : r.limits().entrySet()) {
      String name = e.getKey();
      FieldPath p = limPath.key(name);
      resourceName(name, p, v);
      boolean valid = quantityValue(name, e.getValue(), p, v);
      if (isHugePages(name)) {
        limHugePages = true;
        if (valid) {
          hugePageValue(name, e.getValue(), p, v);
        }
      }
      limCpuOrMemory |= name.equals("cpu") || name.equals("memory");
    }
    Map<String, Quantity> requests = new LinkedHashMap<>(r.requests());
    if (defaultRequests) {
      r.limits().forEach((name, q) -> {
        if (q.isValid()) {
          requests.putIfAbsent(name, q);
        }
      });
    }
    for (Map.Entry<String, Quantity> e : requests.entrySet()) {
      String name = e.getKey();
      Quantity q = e.getValue();
      FieldPath p = reqPath.key(name);
      resourceName(name, p, v);
      boolean valid = quantityValue(name, q, p, v);
      Quantity limit = r.limits().get(name);
      if (limit != null) {
        if (valid && limit.isValid()) {
          int cmp = milli(q).compareTo(milli(limit));
          if (cmp != 0 && !isOvercommitAllowed(name)) {
            v.add(RESOURCE_REQUEST_LIMIT, reqPath, "must equal the " + name + " limit of " + limit + " (was " + q + ")");
          } else if (cmp > 0) {
            v.add(RESOURCE_REQUEST_LIMIT, reqPath, "must be less than or equal to the " + name + " limit of "
                + limit + " (was " + q + ")");
          }
        }
      } else if (!isOvercommitAllowed(name)) {
        v.add(RESOURCE_REQUEST_LIMIT, limPath, "must set a limit for " + name
            + ", which cannot be overcommitted (was only requested: " + q + ")");
      }
      if (isHugePages(name)) {
        reqHugePages = true;
        if (valid) {
          hugePageValue(name, q, p, v);
        }
      }
      reqCpuOrMemory |= name.equals("cpu") || name.equals("memory");
    }
    if (!limCpuOrMemory && !reqCpuOrMemory && (reqHugePages || limHugePages)) {
      v.add(HUGEPAGES, path, "must request or limit cpu or memory along with hugepages");
    }
  }

  /** {@code validateContainerResourceName} (which runs {@code validateResourceName} first). */
  static void resourceName(String name, FieldPath path, Violations v) {
    List<String> msgs = Syntax.isQualifiedName(name);
    for (String msg : msgs) {
      v.add(RESOURCE_NAME, path, msg + " (was " + quote(name) + ")");
    }
    boolean unprefixed = !name.contains("/");
    if (msgs.isEmpty() && unprefixed && !STANDARD_RESOURCES.contains(name) && !isQuotaHugePages(name)) {
      v.add(RESOURCE_NAME, path, "must be a standard resource type or fully qualified (was " + quote(name) + ")");
    }
    if (unprefixed) {
      if (!STANDARD_CONTAINER_RESOURCES.contains(name) && !isHugePages(name)) {
        v.add(RESOURCE_NAME, path, "must be a standard resource for containers (was " + quote(name) + ")");
      }
    } else if (!isNative(name) && !isExtended(name)) {
      v.add(RESOURCE_NAME, path, "must follow the extended resource name standard (was " + quote(name) + ")");
    }
  }

  /** {@code ValidateResourceQuantityValue}, plus the quantity syntax the API server's decoder enforces. */
  private static boolean quantityValue(String name, Quantity q, FieldPath path, Violations v) {
    if (!q.isValid()) {
      v.add(RESOURCE_QUANTITY, path, "must be a quantity such as 500m, 2 or 128Mi (was " + quote(q.toString()) + ")");
      return false;
    }
    BigDecimal value = milli(q);
    if (value.signum() < 0) {
      v.add(RESOURCE_QUANTITY, path, "must be greater than or equal to 0 (was " + q + ")");
    }
    if ((INTEGER_RESOURCES.contains(name) || isExtended(name)) && value.stripTrailingZeros().scale() > 0) {
      v.add(RESOURCE_QUANTITY, path, "must be an integer (was " + q + ")");
    }
    return true;
  }

  /** {@code IsHugePageResourceValueDivisible}: a whole number of pages. */
  private static void hugePageValue(String name, Quantity q, FieldPath path, Violations v) {
    Quantity pageSize = Quantity.of(name.substring("hugepages-".length()));
    boolean divisible = false;
    if (pageSize.isValid()) {
      BigDecimal size = pageSize.value();
      if (size.signum() > 0 && size.stripTrailingZeros().scale() <= 0) {
        BigDecimal amount = milli(q).setScale(0, RoundingMode.UP);
        divisible = amount.remainder(size).signum() == 0;
      }
    }
    if (!divisible) {
      v.add(HUGEPAGES, path, "must be a positive integer multiple of " + name + " (was " + q + ")");
    }
  }

  /**
   * {@code validateContainerResourceFieldSelector}: a resource of {@code limits.*} or {@code requests.*}
   * (cpu, memory, ephemeral-storage, hugepages-*), a container name for volumes, and a divisor the
   * resource supports ({@code validateContainerResourceDivisor}).
   */
  static void resourceFieldSelector(String containerName, String resource, Quantity divisor, boolean volume,
      FieldPath path, Rule rule, Violations v) {
    if (volume && containerName.isEmpty()) {
      v.add(rule, path.child("containerName"), "is required");
    } else if (resource.isEmpty()) {
      v.add(rule, path.child("resource"), "is required");
    } else if (!RESOURCE_FIELD_PATHS.contains(resource) && !resource.startsWith("requests.hugepages-")
        && !resource.startsWith("limits.hugepages-")) {
      v.add(rule, path.child("resource"), PodValidation.oneOf(RESOURCE_FIELD_PATHS, resource));
    }
    if (divisor == null || (divisor.isValid() && divisor.value().signum() == 0)) {
      return;
    }
    String kind;
    switch (resource) {
      case "limits.cpu", "requests.cpu" -> kind = "cpu";
      case "limits.memory", "requests.memory" -> kind = "memory";
      case "limits.ephemeral-storage", "requests.ephemeral-storage" -> kind = "local ephemeral storage";
      default -> kind = resource.startsWith("requests.hugepages-") || resource.startsWith("limits.hugepages-")
          ? "hugepages" : null;
    }
    if (kind == null) {
      return;
    }
    boolean ok = kind.equals("cpu") ? isCpuDivisor(divisor) : isByteDivisor(divisor);
    if (!ok) {
      String allowed = kind.equals("cpu") ? "1m or 1" : "1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi or 1Ei";
      v.add(rule, path.child("divisor"), "must be " + allowed + " for the " + kind + " resource (was " + divisor + ")");
    }
  }

  /** Whether the divisor's canonical form is {@code 1m} or {@code 1}. */
  private static boolean isCpuDivisor(Quantity d) {
    if (!d.isValid()) {
      return false;
    }
    BigDecimal value = d.value();
    if (isExponentForm(d)) {
      return value.compareTo(BigDecimal.ONE) == 0;
    }
    return value.compareTo(BigDecimal.ONE) == 0 || value.compareTo(new BigDecimal("0.001")) == 0;
  }

  /** Whether the divisor's canonical form is 1, a power of 1000 (1k..1E) or a power of 1024 (1Ki..1Ei). */
  private static boolean isByteDivisor(Quantity d) {
    if (!d.isValid()) {
      return false;
    }
    BigDecimal value = d.value();
    if (value.compareTo(BigDecimal.ONE) == 0) {
      return true;
    }
    if (isExponentForm(d)) {
      return false;
    }
    boolean binary = d.toString().matches(".*[KMGTPE]i$");
    if (binary && value.compareTo(BigDecimal.valueOf(1024)) >= 0) {
      for (int k = 1; k <= 6; k++) {
        if (value.compareTo(new BigDecimal(java.math.BigInteger.ONE.shiftLeft(10 * k))) == 0) {
          return true;
        }
      }
      return false;
    }
    for (int k = 1; k <= 6; k++) {
      if (value.compareTo(BigDecimal.TEN.pow(3 * k)) == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isExponentForm(Quantity q) {
    return q.toString().matches(".*[eE][+-]?[0-9]+$");
  }

  /**
   * The value rounded up (away from zero) to milli-units, as {@code SetDefaults_ResourceList} does. A value with
   * at most three decimals is already that number (only its scale would change, which nothing here reads).
   */
  static BigDecimal milli(Quantity q) {
    BigDecimal value = q.value();
    return value.scale() <= 3 ? value : value.setScale(3, RoundingMode.UP);
  }

  static boolean isHugePages(String name) {
    return name.startsWith("hugepages-");
  }

  private static boolean isQuotaHugePages(String name) {
    return name.startsWith("hugepages-") || name.startsWith("requests.hugepages-");
  }

  /** {@code IsNativeResource}: unprefixed, or in the {@code kubernetes.io/} namespace. */
  private static boolean isNative(String name) {
    return !name.contains("/") || name.contains("kubernetes.io/");
  }

  /** {@code IsOvercommitAllowed}: native and not hugepages. */
  private static boolean isOvercommitAllowed(String name) {
    return isNative(name) && !isHugePages(name);
  }

  /** {@code IsExtendedResourceName}: not native, no {@code requests.} prefix, a qualified name once prefixed. */
  private static boolean isExtended(String name) {
    if (isNative(name) || name.startsWith("requests.")) {
      return false;
    }
    return Syntax.isQualifiedName("requests." + name).isEmpty();
  }
}
