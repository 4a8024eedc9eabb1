import fc from "fast-check";

// A small fast-check generator of values that satisfy a JSON Schema, for fuzzing the API with
// bodies drawn from its own OpenAPI document. It covers the keywords z.toJSONSchema emits for
// our schemas and throws on anything else, so a new keyword in the document fails loudly here
// instead of silently producing off-schema "valid" bodies.

type JsonSchema = boolean | { [keyword: string]: unknown };

export type JsonSchemaArbitraryOptions = {
  /** Schemas by $ref ("#/components/schemas/Name"). */
  refs: Readonly<Record<string, JsonSchema>>;
  /**
   * Property names for an open object (record) at `path` (the property names leading to it,
   * e.g. ["answers", "levels"]), so records can use ids that reach deeper code; any string by default.
   */
  key?: (path: readonly string[]) => fc.Arbitrary<string>;
  /** Most entries of an open object or items of an array. */
  maxEntries?: number;
  /** Depth beyond which open values ({} or true) become scalars, so recursion ends. */
  maxDepth?: number;
};

const known = new Set([
  "$ref", "type", "enum", "const", "anyOf", "oneOf", "properties", "required", "additionalProperties", "propertyNames",
  "items", "prefixItems", "minItems", "maxItems", "minLength", "maxLength", "pattern", "minimum", "maximum",
  "exclusiveMinimum", "exclusiveMaximum", "description", "default", "title", "examples",
]);

export function arbitraryFromJsonSchema(
  schema: JsonSchema,
  options: JsonSchemaArbitraryOptions,
  depth = 0,
  path: readonly string[] = [],
): fc.Arbitrary<unknown> {
  const maxEntries = options.maxEntries ?? 5;
  const recurse = (child: unknown, name?: string) =>
    arbitraryFromJsonSchema(child as JsonSchema, options, depth + 1, name === undefined ? path : [...path, name]);
  if (schema === true) return anyJson(depth, options);
  if (schema === false) throw new Error("no value satisfies the schema false");
  for (const keyword of Object.keys(schema)) if (!known.has(keyword)) throw new Error(`unsupported JSON Schema keyword "${keyword}"`);

  if (typeof schema.$ref === "string") {
    const target = options.refs[schema.$ref];
    if (target === undefined) throw new Error(`unresolved $ref ${schema.$ref}`);
    return recurse(target);
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ("const" in schema) return fc.constant(schema.const);
  const union = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
  if (union) return fc.oneof(...union.map((child) => recurse(child)));
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => recurse({ ...schema, type })));

  switch (schema.type) {
    case undefined:
      return anyJson(depth, options);
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "string": {
      if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: (schema.minLength as number) ?? 0, maxLength: (schema.maxLength as number) ?? 20, unit: "grapheme" });
    }
    case "integer":
      return fc.integer({
        min: Math.max(Number.MIN_SAFE_INTEGER, bound(schema.minimum, schema.exclusiveMinimum, Math.ceil, 1) ?? Number.MIN_SAFE_INTEGER),
        max: Math.min(Number.MAX_SAFE_INTEGER, bound(schema.maximum, schema.exclusiveMaximum, Math.floor, -1) ?? Number.MAX_SAFE_INTEGER),
      });
    case "number":
      return fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        min: (schema.minimum ?? schema.exclusiveMinimum) as number | undefined,
        max: (schema.maximum ?? schema.exclusiveMaximum) as number | undefined,
        minExcluded: schema.exclusiveMinimum !== undefined,
        maxExcluded: schema.exclusiveMaximum !== undefined,
      });
    case "array": {
      if (Array.isArray(schema.prefixItems)) return fc.tuple(...schema.prefixItems.map((child) => recurse(child)));
      return fc.array(recurse(schema.items ?? true), {
        minLength: (schema.minItems as number) ?? 0,
        maxLength: Math.max((schema.minItems as number) ?? 0, Math.min((schema.maxItems as number) ?? maxEntries, maxEntries)),
      });
    }
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      const required = (schema.required ?? []) as string[];
      const fixed = fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, recurse(child, name)])),
        { requiredKeys: required },
      );
      const extra = schema.additionalProperties;
      if (extra === false || (extra === undefined && Object.keys(properties).length > 0)) return fixed;
      const key = options.key?.(path) ?? fc.string();
      const open = fc.dictionary(key, recurse(extra ?? true, "*"), { maxKeys: maxEntries });
      // Declared properties win over generated keys of the same name.
      return fc.tuple(open, fixed).map(([entries, declared]) => ({ ...entries, ...declared }));
    }
    default:
      throw new Error(`unsupported type ${JSON.stringify(schema.type)}`);
  }
}

/** An inclusive integer bound from an inclusive or exclusive JSON Schema bound. */
function bound(inclusive: unknown, exclusive: unknown, round: (n: number) => number, step: number): number | undefined {
  if (typeof inclusive === "number") return round(inclusive);
  if (typeof exclusive === "number") return Number.isInteger(exclusive) ? exclusive + step : round(exclusive);
  return undefined;
}

function anyJson(depth: number, options: JsonSchemaArbitraryOptions): fc.Arbitrary<unknown> {
  return depth >= (options.maxDepth ?? 6) ? fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)) : fc.jsonValue({ maxDepth: 2 });
}
