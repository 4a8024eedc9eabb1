import { describe, expect, it } from "vitest";
import { commonPasswords } from "@/lib/auth/common-passwords";
import {
  findPasswordProblem,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblemMessages,
  type PasswordProblem,
} from "@/lib/auth/password-policy";

const good = "ferry lantern monsoon kettle";

describe("findPasswordProblem", () => {
  it("accepts a long, unpredictable passphrase with no composition rules", () => {
    expect(findPasswordProblem(good)).toBeNull();
    expect(findPasswordProblem("all lower case words here")).toBeNull();
  });

  it(`needs at least ${PASSWORD_MIN_LENGTH} characters`, () => {
    expect(findPasswordProblem("kx8#Lq2!vZ9")).toBe("too-short"); // 11
    expect(findPasswordProblem("kx8#Lq2!vZ9m")).toBeNull(); // 12
    expect(findPasswordProblem("")).toBe("too-short");
  });

  it(`allows at most ${PASSWORD_MAX_LENGTH} characters`, () => {
    const base = "lantern monsoon kettle ferry ";
    const atMax = base.repeat(10).slice(0, PASSWORD_MAX_LENGTH);
    expect(findPasswordProblem(atMax)).toBeNull();
    expect(findPasswordProblem(`${atMax}x`)).toBe("too-long");
  });

  it("counts characters as people see them, not UTF-16 units", () => {
    const emoji = "🐘🦒🦓🦔🦕🦖"; // 6 characters, 12 UTF-16 units
    expect(findPasswordProblem(`${emoji}kettle`)).toBeNull(); // 12 characters
    expect(findPasswordProblem(`${emoji}kettl`)).toBe("too-short"); // 11 characters, 17 units
  });

  it("refuses every long-enough entry of the bundled deny-list, in any letter case", () => {
    const eligible = commonPasswords.filter((p) => [...p].length >= PASSWORD_MIN_LENGTH && [...p].length <= PASSWORD_MAX_LENGTH);
    expect(eligible.length).toBeGreaterThan(50);
    for (const password of eligible) {
      expect(findPasswordProblem(password), password).toBe("too-common");
      expect(findPasswordProblem(password.toUpperCase()), password.toUpperCase()).toBe("too-common");
    }
  });

  it.each([
    ["one repeated character", "zzzzzzzzzzzzzzz"],
    ["two alternating characters", "xyxyxyxyxyxyxy"],
    ["a run of digits", "34567890123456"],
    ["a run of the alphabet", "GHIJKLMNOPQRST"],
    ["a keyboard row", "yuiopasdfghjkl"],
    ["descending digits", "876543210987"],
  ])("refuses %s", (_, password) => {
    expect(findPasswordProblem(password)).toBe("too-common");
  });

  it("refuses a password that contains the local part of the user's email", () => {
    expect(findPasswordProblem("my Chee.Keong passphrase", { email: "chee.keong@plastikmaju.example" })).toBe("contains-email");
    expect(findPasswordProblem(good, { email: "chee.keong@plastikmaju.example" })).toBeNull();
  });

  it("ignores local parts shorter than 4 characters (too likely by chance)", () => {
    expect(findPasswordProblem("bob went to the kettle", { email: "bob@example.test" })).toBeNull();
    expect(findPasswordProblem("bobby went to the kettle", { email: "bobb@example.test" })).toBe("contains-email");
  });

  it("has a user message for every problem", () => {
    const problems: PasswordProblem[] = ["too-short", "too-long", "too-common", "contains-email"];
    for (const problem of problems) expect(passwordProblemMessages[problem]).toMatch(/\w{3,}/);
    expect(passwordProblemMessages["too-short"]).toContain(String(PASSWORD_MIN_LENGTH));
    expect(Object.keys(passwordProblemMessages).sort()).toEqual([...problems].sort());
  });
});
