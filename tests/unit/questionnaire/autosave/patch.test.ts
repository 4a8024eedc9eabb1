import { describe, expect, it } from "vitest";
import { acknowledgeSave, changesToSend, dropChanges, queueChange, toPatch } from "@/lib/questionnaire/autosave/patch";
import type { AutosaveState } from "@/lib/questionnaire/autosave/state";

const state = (partial: Partial<AutosaveState>): AutosaveState => ({ baseVersion: 1, base: {}, changes: {}, unresolved: [], ...partial });

describe("building the patch", () => {
  it("groups field values by answer part, null clearing an answer", () => {
    expect(toPatch({ "profile.employees": 40, "profile.technologies": ["iot"], "levels.a": null, "notes.a": "x", "targets.skills": 3 })).toEqual({
      profile: { employees: 40, technologies: ["iot"] },
      levels: { a: null },
      notes: { a: "x" },
      targets: { skills: 3 },
    });
    expect(toPatch({})).toEqual({});
  });

  it("sends every queued change except those waiting for a conflict's choice", () => {
    const s = state({ changes: { "levels.a": 2, "levels.b": 3 }, unresolved: [{ field: "levels.b", base: 1, mine: 3, theirs: 4 }] });
    expect(changesToSend(s)).toEqual({ "levels.a": 2 });
  });

  it("queues the latest change of a field and drops a change that can no longer be read", () => {
    let s = queueChange(queueChange(state({}), "profile.employees", 4), "profile.employees", 45);
    expect(s.changes).toEqual({ "profile.employees": 45 });
    const dropped = dropChanges(s, ["profile.employees", "levels.x"]);
    expect(dropped.dropped).toEqual({ "profile.employees": 45 });
    s = dropped.state;
    expect(s.changes).toEqual({});
  });
});

describe("after a save", () => {
  it("moves saved fields into the base and keeps a change made while the save was in flight", () => {
    const s = state({ base: { "levels.a": 1 }, changes: { "levels.a": 3, "levels.b": 2 } });
    // Sent a=2 and b=2; the person changed a to 3 meanwhile.
    const after = acknowledgeSave(s, { "levels.a": 2, "levels.b": 2 }, 7, new Set());
    expect(after).toEqual(state({ baseVersion: 7, base: { "levels.a": 2, "levels.b": 2 }, changes: { "levels.a": 3 } }));
  });

  it("does not resend a refused field unchanged, nor count it as saved", () => {
    const s = state({ base: { "profile.employees": 40 }, changes: { "profile.employees": 0, "profile.exports": false } });
    const after = acknowledgeSave(s, { "profile.employees": 0, "profile.exports": false }, 2, new Set(["profile.employees"]));
    expect(after.changes).toEqual({});
    expect(after.base).toEqual({ "profile.employees": 40, "profile.exports": false });
  });

  it("keeps the version and base when nothing in the patch could be saved", () => {
    const s = state({ baseVersion: 4, base: { "profile.employees": 40 }, changes: { "profile.employees": -3 } });
    expect(acknowledgeSave(s, { "profile.employees": -3 }, null, new Set(["profile.employees"]))).toEqual(state({ baseVersion: 4, base: { "profile.employees": 40 } }));
  });
});
