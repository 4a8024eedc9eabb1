import { describe, expect, it } from "vitest";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { rebaseOnTheirs, resolveConflict } from "@/lib/questionnaire/autosave/rebase";
import type { AutosaveState } from "@/lib/questionnaire/autosave/state";

const state = (partial: Partial<AutosaveState>): AutosaveState => ({ baseVersion: 1, base: {}, changes: {}, unresolved: [], ...partial });
const set = (partial: Partial<AnswerSet>): AnswerSet => ({ ...emptyAnswerSet(), ...partial });

describe("rebasing after a stale save", () => {
  const page = ["levels.a", "levels.b", "levels.c"];

  it("takes the newer answers as base and keeps a change that does not clash, to send again", () => {
    const s = state({ base: { "levels.a": 1, "levels.b": 1 }, changes: { "levels.a": 2 } });
    const theirs = set({ levels: { a: 1, b: 4 } });
    const rebased = rebaseOnTheirs(s, { "levels.a": 2 }, 6, theirs, page);
    expect(rebased.found).toEqual([]);
    expect(rebased.state).toEqual(state({ baseVersion: 6, base: { "levels.a": 1, "levels.b": 4, "levels.c": null }, changes: { "levels.a": 2 } }));
    // Untouched fields show what is saved now; the person's own change stays on screen.
    expect(rebased.refresh).toEqual({ "levels.b": 4, "levels.c": null });
  });

  it("turns a clashing change into a conflict waiting for the person's choice", () => {
    const s = state({ base: { "levels.a": 1 }, changes: { "levels.a": 2 } });
    const rebased = rebaseOnTheirs(s, { "levels.a": 2 }, 6, set({ levels: { a: 5 } }), page);
    expect(rebased.found).toEqual([{ field: "levels.a", base: 1, mine: 2, theirs: 5 }]);
    expect(rebased.state.unresolved).toEqual(rebased.found);
    expect(rebased.state.changes).toEqual({ "levels.a": 2 });
  });

  it("names who changed a clashing answer when the server said so", () => {
    const s = state({ base: { "levels.a": 1, "levels.b": 1 }, changes: { "levels.a": 2, "levels.b": 2 } });
    const by = { "levels.a": "Aisyah changed this answer at 14:02; check it." };
    const rebased = rebaseOnTheirs(s, { "levels.a": 2, "levels.b": 2 }, 6, set({ levels: { a: 5, b: 4 } }), page, by);
    expect(rebased.found).toEqual([
      { field: "levels.a", base: 1, mine: 2, theirs: 5, by: "Aisyah changed this answer at 14:02; check it." },
      { field: "levels.b", base: 1, mine: 2, theirs: 4 },
    ]);
  });

  it("replaces an older conflict of the same field and keeps the others", () => {
    const older = [{ field: "levels.a", base: 0, mine: 2, theirs: 3 }, { field: "levels.c", base: 0, mine: 1, theirs: 2 }];
    const s = state({ base: { "levels.a": 3 }, changes: { "levels.a": 2 }, unresolved: older });
    const rebased = rebaseOnTheirs(s, { "levels.a": 2 }, 8, set({ levels: { a: 4 } }), page);
    expect(rebased.state.unresolved).toEqual([older[1], { field: "levels.a", base: 3, mine: 2, theirs: 4 }]);
  });
});

describe("resolving a conflict", () => {
  const conflict = { field: "levels.a", base: 1, mine: 2, theirs: 5 };
  const s = state({ baseVersion: 6, base: { "levels.a": 5 }, changes: { "levels.a": 2 }, unresolved: [conflict] });

  it("keeping theirs drops my change", () => {
    expect(resolveConflict(s, conflict, "theirs")).toEqual({ state: state({ baseVersion: 6, base: { "levels.a": 5 } }), removed: { "levels.a": 2 } });
  });

  it("keeping mine queues it again on the new base", () => {
    expect(resolveConflict(s, conflict, "mine")).toEqual({ state: state({ baseVersion: 6, base: { "levels.a": 5 }, changes: { "levels.a": 2 } }), removed: {} });
  });
});
