// Known-vulnerable releases of the framework and auth stack must never come back through a lockfile
// change (a careless `npm install`, a bad merge). Each floor is the first release with the fix the
// project relies on; raise a floor when a new advisory lands, never lower one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

type Version = { major: number; minor: number; patch: number; prerelease: (string | number)[] };

/** Parses MAJOR.MINOR.PATCH[-prerelease][+build]; throws on anything else, so an odd lockfile fails loudly. */
function parseVersion(text: string): Version {
  const match = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
  if (!match) throw new Error(`not a semantic version: "${text}"`);
  const prerelease = match[4] ? match[4].split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease };
}

/** Semantic Versioning 2.0.0 precedence: negative when a < b, 0 when equal, positive when a > b. */
function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (const key of ["major", "minor", "patch"] as const) if (x[key] !== y[key]) return x[key] - y[key];
  // A release ranks above any of its pre-releases.
  if (x.prerelease.length === 0 || y.prerelease.length === 0) return y.prerelease.length - x.prerelease.length;
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i];
    const q = y.prerelease[i];
    if (p === undefined) return -1; // fewer identifiers rank lower when all before are equal
    if (q === undefined) return 1;
    if (p === q) continue;
    if (typeof p === "number" && typeof q === "number") return p - q;
    if (typeof p === "number") return -1; // numeric identifiers rank below alphanumeric ones
    if (typeof q === "number") return 1;
    return p < q ? -1 : 1; // ASCII order
  }
  return 0;
}

type Floor = { name: string; minimum: string; /** A pre-release line with its own floor, e.g. next-auth 5 betas. */ prereleaseLines?: { major: number; minimum: string }[] };

const floors: Floor[] = [
  { name: "next", minimum: "16.4.5" },
  { name: "react", minimum: "19.2.4" },
  { name: "react-dom", minimum: "19.2.4" },
  { name: "next-auth", minimum: "4.24.15", prereleaseLines: [{ major: 5, minimum: "5.0.0-beta.32" }] },
  { name: "drizzle-orm", minimum: "0.45.2" },
];

/** Whether a version meets its floor; a pre-release of a newer line is judged by that line's own floor. */
function meetsFloor(version: string, floor: Floor): boolean {
  const parsed = parseVersion(version);
  const line = floor.prereleaseLines?.find((l) => l.major === parsed.major);
  if (line) return compareVersions(version, line.minimum) >= 0;
  return compareVersions(version, floor.minimum) >= 0;
}

describe("compareVersions", () => {
  it.each([
    ["1.0.0", "1.0.0", 0],
    ["1.0.0", "2.0.0", -1],
    ["2.0.0", "1.9.9", 1],
    ["1.10.0", "1.9.0", 1], // numeric, not string, comparison
    ["1.0.10", "1.0.9", 1],
    ["0.45.2", "0.45.10", -1],
    ["16.4.5", "16.4.6", -1],
    ["1.0.0-alpha", "1.0.0", -1], // a pre-release ranks below its release
    ["1.0.0", "1.0.0-rc.1", 1],
    ["1.0.0-alpha", "1.0.0-alpha.1", -1], // fewer identifiers rank lower
    ["1.0.0-alpha.1", "1.0.0-alpha.beta", -1], // numeric below alphanumeric
    ["1.0.0-alpha.beta", "1.0.0-beta", -1],
    ["1.0.0-beta.2", "1.0.0-beta.11", -1], // numeric identifiers compare as numbers
    ["1.0.0-beta.11", "1.0.0-rc.1", -1],
    ["5.0.0-beta.31", "5.0.0-beta.32", -1],
    ["5.0.0-beta.32", "5.0.0-beta.32", 0],
    ["1.0.0+build.5", "1.0.0+build.9", 0], // build metadata is ignored
    ["v1.2.3", "1.2.3", 0],
  ])("%s vs %s → %i", (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
    expect(Math.sign(compareVersions(b, a))).toBe(-sign || 0);
  });

  it.each(["", "1", "1.2", "1.2.3.4", "01.2.3", "1.2.x", "^1.2.3", "latest", "1.2.3-"])("refuses the non-version %j", (text) => {
    expect(() => compareVersions(text, "1.0.0")).toThrow(/not a semantic version/);
  });
});

describe("meetsFloor", () => {
  const floorOf = (name: string) => floors.find((f) => f.name === name)!;

  it.each([
    ["next", "16.4.5", true],
    ["next", "16.4.4", false],
    ["next", "16.5.0-canary.1", true],
    ["next", "16.4.5-canary.3", false],
    ["next", "15.9.9", false],
    ["next", "17.0.0", true],
    ["next-auth", "4.24.15", true],
    ["next-auth", "4.24.14", false],
    ["next-auth", "4.24.9", false],
    ["next-auth", "5.0.0-beta.32", true],
    ["next-auth", "5.0.0-beta.31", false],
    ["next-auth", "5.0.0-beta.4", false],
    ["next-auth", "5.0.0", true],
    ["drizzle-orm", "0.45.2", true],
    ["drizzle-orm", "0.45.1", false],
    ["drizzle-orm", "0.44.9", false],
  ] as const)("%s@%s → %s", (name, version, expected) => {
    expect(meetsFloor(version, floorOf(name))).toBe(expected);
  });
});

describe("security floors in package-lock.json", () => {
  const lock = JSON.parse(readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8")) as {
    lockfileVersion: number;
    packages: Record<string, { version?: string }>;
  };

  it("is a lockfile whose packages map this test can read", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(Object.keys(lock.packages).length).toBeGreaterThan(10);
  });

  it.each(floors)("every installed copy of $name is at least $minimum", (floor) => {
    // Nested copies (node_modules/x/node_modules/next) are checked too: any copy can be loaded.
    const copies = Object.entries(lock.packages).filter(([location]) => location === `node_modules/${floor.name}` || location.endsWith(`/node_modules/${floor.name}`));
    expect(copies.map(([location]) => location), `${floor.name} is installed`).toContain(`node_modules/${floor.name}`);
    for (const [location, entry] of copies) {
      expect(entry.version, `${location} has a version`).toBeTypeOf("string");
      expect(meetsFloor(entry.version!, floor), `${location}@${entry.version} is below the floor ${floor.minimum}`).toBe(true);
    }
  });
});
