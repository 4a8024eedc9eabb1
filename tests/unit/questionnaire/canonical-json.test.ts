import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/questionnaire/canonical-json";

describe("canonicalJson", () => {
  it("sorts keys at every depth and writes no whitespace", () => {
    const value = { b: 1, a: { d: [3, { f: true, e: null }], c: "x y" } };
    expect(canonicalJson(value)).toBe('{"a":{"c":"x y","d":[3,{"e":null,"f":true}]},"b":1}');
  });

  it("gives the same text whatever order the keys were written in", () => {
    const one = { id: "v1", sections: [{ kind: "profile", id: "p" }], version: 1 };
    const two = { version: 1, sections: [{ id: "p", kind: "profile" }], id: "v1" };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it("keeps array order, since order is meaning there", () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson(["b", "a"])).toBe('["b","a"]');
  });

  it("sorts integer-like keys as strings, not in the engine's numeric property order", () => {
    expect(canonicalJson({ 9: "a", 10: "b" })).toBe('{"10":"b","9":"a"}');
  });

  it("sorts by code unit, so upper case comes before lower case", () => {
    expect(canonicalJson({ b: 1, a: 2, B: 3 })).toBe('{"B":3,"a":2,"b":1}');
  });

  it("escapes strings exactly as JSON does and round-trips", () => {
    const value = { 'quo"te': 'line\nbreak "quoted" \\ tab\t', unicode: "Bahasa Malaysia – é 中文" };
    const text = canonicalJson(value);
    expect(text).not.toMatch(/\n/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it("writes primitives like JSON", () => {
    expect(canonicalJson(null)).toBe("null");
    expect(canonicalJson(true)).toBe("true");
    expect(canonicalJson(1.5)).toBe("1.5");
    expect(canonicalJson(-0)).toBe("0");
    expect(canonicalJson("s")).toBe('"s"');
    expect(canonicalJson({})).toBe("{}");
    expect(canonicalJson([])).toBe("[]");
  });

  it("omits properties whose value is undefined, so an absent optional field and an undefined one hash alike", () => {
    expect(canonicalJson({ a: 1, help: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it("accepts the same object reached twice when it is not a cycle", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ p: shared, q: [shared] })).toBe('{"p":{"x":1},"q":[{"x":1}]}');
  });

  it.each([
    ["NaN", { a: Number.NaN }],
    ["Infinity", { a: Number.POSITIVE_INFINITY }],
    ["bigint", { a: BigInt(1) }],
    ["function", { a: () => 1 }],
    ["symbol", { a: Symbol("s") }],
    ["undefined in an array", { a: [1, undefined] }],
    ["top-level undefined", undefined],
    ["Date", { a: new Date(0) }],
    ["Map", { a: new Map() }],
  ])("refuses %s instead of silently changing it", (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it("refuses cycles and names where the cycle is", () => {
    const node: { name: string; self?: unknown } = { name: "loop" };
    node.self = node;
    expect(() => canonicalJson({ root: node })).toThrow(/\$\.root\.self/);
  });

  it("accepts objects without a prototype", () => {
    const bare = Object.create(null) as Record<string, number>;
    bare.b = 2;
    bare.a = 1;
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });
});
