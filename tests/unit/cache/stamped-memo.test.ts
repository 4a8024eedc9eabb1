import { describe, expect, it } from "vitest";
import { stampedMemo } from "@/lib/cache/stamped-memo";

function counter() {
  let calls = 0;
  return {
    compute: (value: string) => async () => {
      calls += 1;
      return value;
    },
    get calls() {
      return calls;
    },
  };
}

describe("stampedMemo", () => {
  it("computes once while the data's stamp stays the same", async () => {
    const memo = stampedMemo<string>({ maxEntries: 10 });
    const count = counter();
    expect(await memo.get("programme-a", "s1", count.compute("first"))).toBe("first");
    expect(await memo.get("programme-a", "s1", count.compute("second"))).toBe("first");
    expect(count.calls).toBe(1);
  });

  it("computes again as soon as the stamp changes, and keeps the new value", async () => {
    const memo = stampedMemo<string>({ maxEntries: 10 });
    await memo.get("programme-a", "s1", async () => "before");
    expect(await memo.get("programme-a", "s2", async () => "after")).toBe("after");
    expect(await memo.get("programme-a", "s2", async () => "unused")).toBe("after");
    expect(memo.size).toBe(1);
  });

  it("keeps keys apart", async () => {
    const memo = stampedMemo<string>({ maxEntries: 10 });
    await memo.get("programme-a", "s1", async () => "a");
    expect(await memo.get("programme-b", "s1", async () => "b")).toBe("b");
    expect(await memo.get("programme-a", "s1", async () => "unused")).toBe("a");
  });

  it("shares one computation between calls that miss together", async () => {
    const memo = stampedMemo<string>({ maxEntries: 10 });
    const count = counter();
    const [a, b] = await Promise.all([memo.get("k", "s1", count.compute("x")), memo.get("k", "s1", count.compute("y"))]);
    expect([a, b]).toEqual(["x", "x"]);
    expect(count.calls).toBe(1);
  });

  it("does not keep a failed computation", async () => {
    const memo = stampedMemo<string>({ maxEntries: 10 });
    await expect(memo.get("k", "s1", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await memo.get("k", "s1", async () => "recovered")).toBe("recovered");
  });

  it("drops the least recently used key beyond maxEntries", async () => {
    const memo = stampedMemo<string>({ maxEntries: 2 });
    await memo.get("a", "s", async () => "a1");
    await memo.get("b", "s", async () => "b1");
    await memo.get("a", "s", async () => "unused"); // a is now the most recently used
    await memo.get("c", "s", async () => "c1");
    expect(memo.size).toBe(2);
    expect(await memo.get("a", "s", async () => "a2")).toBe("a1");
    expect(await memo.get("b", "s", async () => "b2")).toBe("b2");
  });

  it("refuses a size that cannot hold anything", () => {
    expect(() => stampedMemo({ maxEntries: 0 })).toThrow();
  });
});
