import { expect } from "vitest";

/**
 * Deep equality where every number may differ by at most `tolerance` (the database sums doubles
 * in another order than JavaScript does); everything else must be identical.
 */
export function expectCloseTo(actual: unknown, expected: unknown, tolerance = 1e-9, path = "$"): void {
  if (typeof expected === "number") {
    expect(typeof actual, path).toBe("number");
    expect(Math.abs((actual as number) - expected), `${path}: ${String(actual)} vs ${expected}`).toBeLessThanOrEqual(tolerance);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((item, i) => expectCloseTo((actual as unknown[])[i], item, tolerance, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === "object") {
    expect(actual !== null && typeof actual === "object", path).toBe(true);
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expectCloseTo((actual as Record<string, unknown>)[key], value, tolerance, `${path}.${key}`);
    return;
  }
  expect(actual, path).toBe(expected);
}
