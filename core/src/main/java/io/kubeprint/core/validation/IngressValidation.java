package io.kubeprint.core.validation;

import io.kubeprint.core.networking.HTTPIngressPath;
import io.kubeprint.core.networking.HTTPIngressRuleValue;
import io.kubeprint.core.networking.Ingress;
import io.kubeprint.core.networking.IngressBackend;
import io.kubeprint.core.networking.IngressRule;
import io.kubeprint.core.networking.IngressServiceBackend;
import io.kubeprint.core.networking.IngressSpec;
import io.kubeprint.core.networking.IngressTLS;
import io.kubeprint.core.networking.ServiceBackendPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules for Ingresses ({@code networking.k8s.io/v1}): {@code ValidateIngressCreate} and what it calls
 * ({@code ValidateIngressSpec}, {@code validateIngressRules}, {@code validateHTTPIngressRuleValue},
 * {@code validateHTTPIngressPath}, {@code validateIngressBackend}, {@code validateIngressTLS},
 * {@code ValidateIngressClassName}) in {@code pkg/apis/networking/validation}, as Kubernetes 1.32 runs them on
 * create (no invalid secret names or wildcard-host rules allowed). {@code networking.k8s.io/v1} has no
 * defaulting for Ingresses: a path without {@code pathType} is refused. A {@code resource} backend is read from
 * the backend's {@code extra()}.
 */
final class IngressValidation {

  /** {@code ValidateIngressSpec}: an Ingress routes something. */
  static final Rule RULES_OR_DEFAULT_BACKEND = Rule.of("ingress-rules-or-default-backend", "ValidateIngressSpec",
      "an Ingress has `spec.rules` or a `spec.defaultBackend`");
  /** {@code validateIngressRules}: a host is a DNS name or a wildcard one, never an IP address. */
  static final Rule HOST = Rule.of("ingress-host", "validateIngressRules",
      "a rule's `host` is a DNS-1123 subdomain or a wildcard such as `*.example.com`, not an IP address");
  /** {@code validateHTTPIngressRuleValue}: an {@code http} rule has paths. */
  static final Rule PATHS_REQUIRED = Rule.of("ingress-paths-required", "validateHTTPIngressRuleValue",
      "a rule's `http` has at least one path");
  /** {@code validateHTTPIngressPath}: {@code pathType} is required and one of three. */
  static final Rule PATH_TYPE = Rule.of("ingress-path-type", "validateHTTPIngressPath",
      "a path has a `pathType`: `Exact`, `Prefix` or `ImplementationSpecific`");
  /** {@code validateHTTPIngressPath}: absolute, and for Exact and Prefix free of dot segments and encoded slashes. */
  static final Rule PATH = Rule.of("ingress-path", "validateHTTPIngressPath",
      "a path is absolute; an `Exact` or `Prefix` one contains no `//`, `/./`, `/../`, `%2f` and does not end in `/.` or `/..`");
  /** {@code validateIngressBackend}: exactly one of a Service or a resource. */
  static final Rule BACKEND = Rule.of("ingress-backend", "validateIngressBackend",
      "a backend is exactly one of a `service` or a `resource`");
  /** {@code validateIngressBackend}: the Service name is a DNS-1035 label ({@code ValidateServiceName}). */
  static final Rule BACKEND_SERVICE_NAME = Rule.of("ingress-backend-service-name", "validateIngressBackend",
      "a backend's `service.name` is a Service name (a DNS-1035 label)");
  /** {@code validateIngressBackend}: exactly one valid port name or number. */
  static final Rule BACKEND_PORT = Rule.of("ingress-backend-port", "validateIngressBackend",
      "a backend's `service.port` has exactly one of a valid `name` or a `number` in 1..65535");
  /** {@code validateIngressTypedLocalObjectReference}: kind and name required, path segment names. */
  static final Rule BACKEND_RESOURCE = Rule.of("ingress-backend-resource", "validateIngressTypedLocalObjectReference",
      "a resource backend has a `kind` and a `name` usable in a URL path, and a DNS-1123 `apiGroup` if any");
  /** {@code validateIngressTLS}: TLS hosts like rule hosts. */
  static final Rule TLS_HOST = Rule.of("ingress-tls-host", "validateIngressTLS",
      "a `tls[].hosts[]` entry is a DNS-1123 subdomain or a wildcard such as `*.example.com`");
  /** {@code validateTLSSecretName}: a Secret name. */
  static final Rule TLS_SECRET_NAME = Rule.of("ingress-tls-secret-name", "validateTLSSecretName",
      "a `tls[].secretName` is a Secret name (a DNS-1123 subdomain)");
  /** {@code ValidateIngressClassName}. */
  static final Rule CLASS_NAME = Rule.of("ingress-class-name", "ValidateIngressClassName",
      "`spec.ingressClassName` is an IngressClass name (a DNS-1123 subdomain)");
  /** {@code ValidateIngressCreate}: the deprecated annotation and the field agree. */
  static final Rule CLASS_ANNOTATION = Rule.of("ingress-class-annotation", "ValidateIngressCreate",
      "the deprecated `kubernetes.io/ingress.class` annotation, when set with `spec.ingressClassName`, has the same value");

  /** The deprecated annotation naming an Ingress's class. */
  static final String CLASS_ANNOTATION_KEY = "kubernetes.io/ingress.class";

  private static final List<String> PATH_TYPES = List.of("Exact", "ImplementationSpecific", "Prefix");
  private static final List<String> INVALID_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
  private static final List<String> INVALID_SUFFIXES = List.of("/..", "/.");
  private static final int DNS1123_SUBDOMAIN_MAX = 253;
  private static final String WILDCARD_FMT = "\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
  private static final String WILDCARD_MSG = "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid"
      + " DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an"
      + " alphanumeric character";

  private IngressValidation() {}

  /** {@code ValidateIngressCreate}. */
  static void ingress(Ingress ingress, Violations v) {
    MetaValidation.objectMeta(ingress.metadata(), FieldPath.of("metadata"), v);
    IngressSpec spec = ingress.spec();
    spec(spec, FieldPath.of("spec"), v);
    String annotation = ingress.metadata().annotations().get(CLASS_ANNOTATION_KEY);
    if (annotation != null && spec.ingressClassName().isPresent()
        && !annotation.equals(spec.ingressClassName().get())) {
      // The API server names the annotation without "metadata.".
      v.add(CLASS_ANNOTATION, FieldPath.of("annotations").child(CLASS_ANNOTATION_KEY),
          "must match `ingressClassName` when both are specified (was \"" + annotation + "\"; ingressClassName is \""
              + spec.ingressClassName().get() + "\")");
    }
  }

  /** {@code ValidateIngressSpec}. */
  private static void spec(IngressSpec spec, FieldPath path, Violations v) {
    if (spec.rules().isEmpty() && spec.defaultBackend().isEmpty()) {
      v.add(RULES_OR_DEFAULT_BACKEND, path, "must specify either `defaultBackend` or `rules`");
    }
    spec.defaultBackend().ifPresent(b -> backend(b, path.child("defaultBackend"), v));
    List<IngressRule> rules = spec.rules();
    for (int i = 0; i < rules.size(); i++) {
      rule(rules.get(i), path.child("rules").index(i), v);
    }
    List<IngressTLS> tls = spec.tls();
    for (int i = 0; i < tls.size(); i++) {
      tls(tls.get(i), path.child("tls").index(i), v);
    }
    if (spec.ingressClassName().isPresent()) {
      String name = spec.ingressClassName().get();
      for (String msg : Syntax.nameIsDnsSubdomain(name, false)) {
        v.add(CLASS_NAME, path.child("ingressClassName"), msg + " (was \"" + name + "\")");
      }
    }
  }

  /** One rule of {@code validateIngressRules}, then {@code validateIngressRuleValue}. */
  private static void rule(IngressRule rule, FieldPath path, Violations v) {
    String host = rule.host().orElse("");
    if (!host.isEmpty()) {
      FieldPath hostPath = path.child("host");
      if (Syntax.parseIpSloppy(host) != null) {
        v.add(HOST, hostPath, "must be a DNS name, not an IP address (was \"" + host + "\")");
      }
      for (String msg : hostProblems(host)) {
        v.add(HOST, hostPath, msg + " (was \"" + host + "\")");
      }
    }
    if (rule.http().isPresent()) {
      http(rule.http().get(), path.child("http"), v);
    }
  }

  /** {@code validateHTTPIngressRuleValue}. */
  private static void http(HTTPIngressRuleValue http, FieldPath path, Violations v) {
    FieldPath pathsPath = path.child("paths");
    if (http.paths().isEmpty()) {
      v.add(PATHS_REQUIRED, pathsPath, "is required: at least one path");
    }
    for (int i = 0; i < http.paths().size(); i++) {
      path(http.paths().get(i), pathsPath.index(i), v);
    }
  }

  /** {@code validateHTTPIngressPath}: without a {@code pathType}, nothing else of the path is checked. */
  private static void path(HTTPIngressPath p, FieldPath at, Violations v) {
    if (p.pathType().isEmpty()) {
      v.add(PATH_TYPE, at.child("pathType"), "is required: \"Exact\", \"ImplementationSpecific\" or \"Prefix\"");
      return;
    }
    String type = p.pathType().get();
    String path = p.path().orElse("");
    FieldPath pathPath = at.child("path");
    switch (type) {
      case "Exact", "Prefix" -> {
        if (!path.startsWith("/")) {
          v.add(PATH, pathPath, "must be an absolute path (was \"" + path + "\")");
        }
        for (String seq : INVALID_SEQUENCES) {
          if (path.contains(seq)) {
            v.add(PATH, pathPath, "must not contain '" + seq + "' (was \"" + path + "\")");
          }
        }
        for (String suffix : INVALID_SUFFIXES) {
          if (path.endsWith(suffix)) {
            v.add(PATH, pathPath, "cannot end with '" + suffix + "' (was \"" + path + "\")");
          }
        }
      }
      case "ImplementationSpecific" -> {
        if (!path.isEmpty() && !path.startsWith("/")) {
          v.add(PATH, pathPath, "must be an absolute path (was \"" + path + "\")");
        }
      }
      default -> v.add(PATH_TYPE, at.child("pathType"),
          "must be \"Exact\", \"ImplementationSpecific\" or \"Prefix\" (was \"" + type + "\")");
    }
    backend(p.backend().orElse(IngressBackend.builder().build()), at.child("backend"), v);
  }

  /** {@code validateIngressBackend}. */
  static void backend(IngressBackend backend, FieldPath path, Violations v) {
    Object resource = backend.extra().get("resource");
    boolean hasResource = resource != null;
    Optional<IngressServiceBackend> service = backend.service();
    if (hasResource && service.isPresent()) {
      v.add(BACKEND, path, "cannot set both resource and service backends");
      return;
    }
    if (hasResource) {
      resource(Untyped.map(resource), path.child("resource"), v);
      return;
    }
    if (service.isEmpty()) {
      v.add(BACKEND, path, "must have a service or a resource backend");
      return;
    }
    IngressServiceBackend s = service.get();
    String name = s.name().orElse("");
    FieldPath namePath = path.child("service", "name");
    if (name.isEmpty()) {
      v.add(BACKEND_SERVICE_NAME, namePath, "is required");
    } else {
      for (String msg : Syntax.nameIsDns1035Label(name, false)) {
        v.add(BACKEND_SERVICE_NAME, namePath, msg + " (was \"" + name + "\")");
      }
    }
    ServiceBackendPort port = s.port().orElse(ServiceBackendPort.builder().build());
    String portName = port.name().orElse("");
    int number = port.number().orElse(0);
    if (!portName.isEmpty() && number != 0) {
      v.add(BACKEND_PORT, path, "cannot set both port name & port number (was name \"" + portName + "\", number "
          + number + ")");
    } else if (!portName.isEmpty()) {
      for (String msg : Syntax.isValidPortName(portName)) {
        v.add(BACKEND_PORT, path.child("service", "port", "name"), msg + " (was \"" + portName + "\")");
      }
    } else if (number != 0) {
      for (String msg : Syntax.isValidPortNum(number)) {
        v.add(BACKEND_PORT, path.child("service", "port", "number"), msg + " (was " + number + ")");
      }
    } else {
      v.add(BACKEND_PORT, path, "is required: a port name or number");
    }
  }

  /** {@code validateIngressTypedLocalObjectReference} on a resource backend kept untyped. */
  private static void resource(Map<String, Object> ref, FieldPath path, Violations v) {
    if (ref == null) {
      return;
    }
    Object group = ref.get("apiGroup");
    if (group instanceof String g) {
      for (String msg : Syntax.isDns1123Subdomain(g)) {
        v.add(BACKEND_RESOURCE, path.child("apiGroup"), msg + " (was \"" + g + "\")");
      }
    }
    for (String field : List.of("kind", "name")) {
      String value = ref.get(field) instanceof String s ? s : "";
      if (value.isEmpty()) {
        v.add(BACKEND_RESOURCE, path.child(field), "is required");
      } else {
        for (String msg : Syntax.nameIsPathSegment(value, false)) {
          v.add(BACKEND_RESOURCE, path.child(field), msg + " (was \"" + value + "\")");
        }
      }
    }
  }

  /** One entry of {@code validateIngressTLS}. */
  private static void tls(IngressTLS tls, FieldPath path, Violations v) {
    for (int j = 0; j < tls.hosts().size(); j++) {
      String host = tls.hosts().get(j);
      for (String msg : hostProblems(host)) {
        v.add(TLS_HOST, path.child("hosts").index(j), msg + " (was \"" + host + "\")");
      }
    }
    String secret = tls.secretName().orElse("");
    if (!secret.isEmpty()) {
      for (String msg : Syntax.nameIsDnsSubdomain(secret, false)) {
        v.add(TLS_SECRET_NAME, path.child("secretName"), msg + " (was \"" + secret + "\")");
      }
    }
  }

  /** A host with a {@code *} by {@code IsWildcardDNS1123Subdomain}, any other by {@code IsDNS1123Subdomain}. */
  static List<String> hostProblems(String host) {
    if (!host.contains("*")) {
      return Syntax.isDns1123Subdomain(host);
    }
    List<String> errs = new ArrayList<>(2);
    if (Syntax.utf8Length(host) > DNS1123_SUBDOMAIN_MAX) {
      errs.add(Syntax.maxLenError(DNS1123_SUBDOMAIN_MAX));
    }
    if (!isWildcardSyntax(host)) {
      errs.add(Syntax.regexError(WILDCARD_MSG, WILDCARD_FMT, "*.example.com"));
    }
    return errs;
  }

  /** {@code *.} followed by DNS-1123 subdomain syntax (length aside). */
  private static boolean isWildcardSyntax(String host) {
    if (!host.startsWith("*.")) {
      return false;
    }
    String rest = host.substring(2);
    String tooLong = Syntax.maxLenError(DNS1123_SUBDOMAIN_MAX);
    return !rest.isEmpty() && Syntax.isDns1123Subdomain(rest).stream().allMatch(tooLong::equals);
  }
}
