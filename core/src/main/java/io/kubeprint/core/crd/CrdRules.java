package io.kubeprint.core.crd;

import io.kubeprint.core.validation.Rule;

/**
 * The rules for CustomResourceDefinitions and the custom resources they define, as the 1.32 API server applies
 * them on create with strict field validation. Listed in {@code io.kubeprint.core.validation.Rules} and
 * documented in {@code docs/validation.md}.
 */
public final class CrdRules {
  /** {@code ValidateCustomResourceDefinition}: the CRD's own shape (names, versions, schema keywords). */
  public static final Rule CRD_INVALID = Rule.of("crd-invalid", "ValidateCustomResourceDefinition",
      "a CRD has a group, a kind, versions with a name and an `openAPIV3Schema`, and well-typed schema keywords");
  /** {@code ValidateCustomResourceDefinitionOpenAPISchema}: a {@code pattern} compiles as a Go (RE2) regexp. */
  public static final Rule CRD_PATTERN_INVALID = Rule.of("crd-pattern-invalid",
      "ValidateCustomResourceDefinitionOpenAPISchema",
      "a schema `pattern` is a valid Go (RE2) regular expression");
  /** The REST mapping: a served version of a registered, valid CRD. */
  public static final Rule KIND_NOT_SERVED = Rule.of("cr-kind-not-served", "RESTMapping",
      "a custom resource's apiVersion and kind name a served version of a valid CRD (else: no matches for kind)");
  /** Strict field validation: {@code PruneWithOptions} with {@code ReturnPruned}. */
  public static final Rule UNKNOWN_FIELD = Rule.of("cr-unknown-field", "PruneWithOptions",
      "every field is declared by the schema, unless under `x-kubernetes-preserve-unknown-fields` or "
          + "an embedded resource's apiVersion, kind and metadata");
  /** kube-openapi {@code typeValidator}. */
  public static final Rule TYPE = Rule.of("cr-type", "typeValidator.Validate",
      "a value has the schema's `type` (`null` only when `nullable`; integer or string for "
          + "`x-kubernetes-int-or-string`)");
  /** kube-openapi {@code objectValidator}: {@code required}. */
  public static final Rule REQUIRED = Rule.of("cr-required", "objectValidator.Validate",
      "every property the schema lists in `required` is present (after defaulting)");
  /** kube-openapi {@code basicCommonValidator}: {@code enum}. */
  public static final Rule ENUM = Rule.of("cr-enum", "basicCommonValidator.Validate",
      "a value is one of the schema's `enum` values");
  /** kube-openapi {@code Pattern}. */
  public static final Rule PATTERN = Rule.of("cr-pattern", "Pattern",
      "a string matches the schema's `pattern` (Go RE2, anywhere in the string)");
  /** kube-openapi {@code FormatOf} with {@code strfmt.Default}. */
  public static final Rule FORMAT = Rule.of("cr-format", "FormatOf",
      "a string has the schema's `format`, for the formats the API server checks");
  /** kube-openapi {@code MinimumNativeType} and {@code MaximumNativeType}. */
  public static final Rule NUMBER_RANGE = Rule.of("cr-number-range", "MaximumNativeType",
      "a number is within `minimum` and `maximum` (`exclusiveMinimum`, `exclusiveMaximum`)");
  /** kube-openapi {@code MultipleOfNativeType}. */
  public static final Rule MULTIPLE_OF = Rule.of("cr-multiple-of", "MultipleOfNativeType",
      "a number is a multiple of `multipleOf`");
  /** kube-openapi {@code MinLength} and {@code MaxLength}. */
  public static final Rule STRING_LENGTH = Rule.of("cr-string-length", "MaxLength",
      "a string has `minLength` to `maxLength` characters (Unicode code points)");
  /** kube-openapi {@code MinItems} and {@code MaxItems}. */
  public static final Rule ITEMS_COUNT = Rule.of("cr-items-count", "MaxItems",
      "an array has `minItems` to `maxItems` items");
  /** kube-openapi {@code UniqueItems}. */
  public static final Rule UNIQUE_ITEMS = Rule.of("cr-unique-items", "UniqueItems",
      "an array with `uniqueItems` has no two equal items");
  /** kube-openapi {@code objectValidator}: {@code minProperties}, {@code maxProperties}. */
  public static final Rule PROPERTIES_COUNT = Rule.of("cr-properties-count", "TooManyProperties",
      "an object has `minProperties` to `maxProperties` properties");
  /** kube-openapi {@code objectValidator}: {@code additionalProperties: false}. */
  public static final Rule ADDITIONAL_PROPERTY = Rule.of("cr-additional-property", "PropertyNotAllowed",
      "an object whose schema has `additionalProperties: false` has only the declared properties");
  /** kube-openapi {@code schemaPropsValidator}: {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}. */
  public static final Rule COMPOSITION = Rule.of("cr-composition", "schemaPropsValidator.Validate",
      "a value matches all `allOf`, at least one `anyOf`, exactly one `oneOf` schema, and not the `not` schema");
  /** {@code validateListSet}: {@code x-kubernetes-list-type: set}. */
  public static final Rule LIST_SET_DUPLICATE = Rule.of("cr-list-set-duplicate", "validateListSet",
      "a list of `x-kubernetes-list-type: set` has no duplicate entries");
  /** {@code validateListMap}: {@code x-kubernetes-list-type: map} with {@code x-kubernetes-list-map-keys}. */
  public static final Rule LIST_MAP_DUPLICATE = Rule.of("cr-list-map-duplicate", "validateListMap",
      "a list of `x-kubernetes-list-type: map` holds objects with unique `x-kubernetes-list-map-keys`");
  /** {@code validateEmbeddedResource} (schema {@code objectmeta}). */
  public static final Rule EMBEDDED_RESOURCE = Rule.of("cr-embedded-resource", "validateEmbeddedResource",
      "an `x-kubernetes-embedded-resource` has a valid apiVersion and kind, and valid metadata");

  private CrdRules() {}
}
