package io.kubeprint.core;

import io.kubeprint.core.meta.Kind;
import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.core.validation.ManifestValidationException;
import io.kubeprint.core.validation.Validator;
import io.kubeprint.core.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Objects meant to be applied together (an application), validated together: each object by the API
 * server's rules, and the bundle by checks across objects (references resolve, Services select pods,
 * no duplicates). Immutable; objects keep the order given, and renderers decide the output order.
 */
public final class Bundle {
  private final List<KubeObject> objects;

  private Bundle(List<KubeObject> objects) {
    this.objects = objects;
  }

  /** A bundle of these objects. */
  public static Bundle of(KubeObject... objects) {
    return of(Arrays.asList(objects));
  }

  /** A bundle of these objects. */
  public static Bundle of(Collection<? extends KubeObject> objects) {
    Objects.requireNonNull(objects, "objects == null");
    List<KubeObject> copy = new ArrayList<>(objects.size());
    int i = 0;
    for (KubeObject o : objects) {
      if (o == null) {
        throw new NullPointerException("objects[" + i + "] == null");
      }
      copy.add(o);
      i++;
    }
    return new Bundle(Collections.unmodifiableList(copy));
  }

  /** This bundle followed by {@code more}. */
  public Bundle plus(KubeObject... more) {
    List<KubeObject> all = new ArrayList<>(objects);
    all.addAll(Arrays.asList(more));
    return of(all);
  }

  /** This bundle followed by the objects of {@code other}. */
  public Bundle plus(Bundle other) {
    List<KubeObject> all = new ArrayList<>(objects);
    all.addAll(other.objects);
    return of(all);
  }

  /** The objects, in the order given. */
  public List<KubeObject> objects() {
    return objects;
  }

  public int size() {
    return objects.size();
  }

  /** The objects of one kind, in the order given, typed. */
  public <T extends KubeObject> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (KubeObject o : objects) {
      if (type.isInstance(o)) {
        out.add(type.cast(o));
      }
    }
    return out;
  }

  /** The first object of this kind and name (in any namespace). */
  public Optional<KubeObject> find(Kind kind, String name) {
    for (KubeObject o : objects) {
      if (o.kind() == kind && o.name().equals(name)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** Every violation: each object's, then the checks across objects; sorted. Empty when valid. */
  public List<Violation> validate() {
    return Validator.validate(this);
  }

  /** Throws {@link ManifestValidationException} listing every error when the bundle is invalid; else returns it. */
  public Bundle requireValid() {
    List<Violation> errors = validate().stream().filter(Violation::isError).toList();
    if (!errors.isEmpty()) {
      throw new ManifestValidationException(errors);
    }
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bundle b && b.objects.equals(objects);
  }

  @Override
  public int hashCode() {
    return objects.hashCode();
  }

  @Override
  public String toString() {
    return "Bundle" + objects;
  }
}
