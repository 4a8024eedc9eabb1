import { describe, expect, it } from "vitest";
import { pendingKey, readPending, writePending, type KeyValueStorage } from "@/lib/questionnaire/autosave/queue";
import { emptyAutosaveState } from "@/lib/questionnaire/autosave/state";

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe("the offline queue", () => {
  it("keeps queued changes and conflicts under the assessment's key and reads them back", () => {
    const storage = memoryStorage();
    const pending = { ...emptyAutosaveState(4, { "levels.a": 1 }), changes: { "levels.a": 2 } };
    writePending(storage, "a-1", pending);
    expect([...storage.data.keys()]).toEqual([pendingKey("a-1")]);
    expect(readPending(storage, "a-1")).toEqual(pending);
    expect(readPending(storage, "other")).toBeNull();
  });

  it("removes the key once nothing is left to save or decide", () => {
    const storage = memoryStorage();
    writePending(storage, "a-1", { ...emptyAutosaveState(1), changes: { "levels.a": 2 } });
    writePending(storage, "a-1", emptyAutosaveState(2));
    expect(storage.data.size).toBe(0);
    writePending(storage, "a-1", { ...emptyAutosaveState(2), unresolved: [{ field: "levels.a", base: 1, mine: 2, theirs: 3 }] });
    expect(storage.data.size).toBe(1);
    writePending(storage, "a-1", null);
    expect(storage.data.size).toBe(0);
  });

  it("reads unreadable or foreign text as an empty queue, and survives a storage that throws", () => {
    const storage = memoryStorage();
    storage.data.set(pendingKey("a-1"), "{not json");
    expect(readPending(storage, "a-1")).toBeNull();
    storage.data.set(pendingKey("a-1"), JSON.stringify({ changes: {} }));
    expect(readPending(storage, "a-1")).toBeNull();
    const full: KeyValueStorage = { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); }, removeItem: () => undefined };
    expect(() => writePending(full, "a-1", { ...emptyAutosaveState(1), changes: { "levels.a": 2 } })).not.toThrow();
    expect(readPending(null, "a-1")).toBeNull();
  });

  it("reads a queue written before conflicts were stored as having none", () => {
    const storage = memoryStorage();
    storage.data.set(pendingKey("a-1"), JSON.stringify({ baseVersion: 3, base: {}, changes: { "notes.a": "x" } }));
    expect(readPending(storage, "a-1")).toEqual({ baseVersion: 3, base: {}, changes: { "notes.a": "x" }, unresolved: [] });
  });
});
