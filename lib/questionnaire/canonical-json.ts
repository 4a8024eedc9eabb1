/**
 * One fixed text form of a JSON value: object keys sorted (by UTF-16 code units, as
 * Array.prototype.sort does), no whitespace. Two values that are equal as data give the
 * same string whatever order their keys were written in, which is what a content hash of a
 * published questionnaire needs.
 *
 * Throws on anything JSON cannot represent faithfully (undefined in an array, NaN,
 * Infinity, bigint, functions, symbols, class instances such as Date or Map, cycles) rather
 * than silently dropping or rewriting it, because a hash over a lossy form would not detect
 * the change. An object property whose value is undefined is omitted, as in JSON.stringify,
 * so an optional field left out and one set to undefined hash alike.
 */
export function canonicalJson(value: unknown): string {
  return write(value, "$", new Set());
}

function write(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is ${value}, which JSON cannot represent`);
      return JSON.stringify(value);
    case "object":
      break;
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot represent`);
  }

  const node = value as object;
  if (ancestors.has(node)) throw new TypeError(`canonicalJson: ${path} refers back to itself`);
  ancestors.add(node);
  try {
    if (Array.isArray(node)) {
      return `[${node
        .map((item, index) => {
          if (item === undefined) throw new TypeError(`canonicalJson: ${path}[${index}] is undefined`);
          return write(item, `${path}[${index}]`, ancestors);
        })
        .join(",")}]`;
    }
    const prototype = Object.getPrototypeOf(node);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(`canonicalJson: ${path} is a ${node.constructor?.name ?? "non-plain object"}, not a plain object`);
    }
    const record = node as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`, ancestors)}`);
    return `{${members.join(",")}}`;
  } finally {
    ancestors.delete(node);
  }
}
