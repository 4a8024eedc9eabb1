import { describe, expect, it } from "vitest";
import { mergeWithStored, resumeFromQueue } from "@/lib/questionnaire/autosave/merge";
import type { AutosaveState } from "@/lib/questionnaire/autosave/state";

const state = (partial: Partial<AutosaveState>): AutosaveState => ({ baseVersion: 1, base: {}, changes: {}, unresolved: [], ...partial });

describe("the cross-tab merge", () => {
  it("keeps what another tab queued beside this tab's own changes", () => {
    const stored = state({ changes: { "levels.people-a": 2 }, base: { "levels.people-a": 1 } });
    const mine = state({ baseVersion: 2, changes: { "levels.process-b": 4 }, base: { "levels.process-b": 0 } });
    expect(mergeWithStored(stored, mine)).toEqual(
      state({ baseVersion: 2, changes: { "levels.people-a": 2, "levels.process-b": 4 }, base: { "levels.people-a": 1, "levels.process-b": 0 } }),
    );
  });

  it("lets this tab's change of a field win over the stored one", () => {
    expect(mergeWithStored(state({ changes: { "levels.a": 2 } }), state({ changes: { "levels.a": 5 } })).changes).toEqual({ "levels.a": 5 });
  });

  it("removes a saved field only when the stored value is the one this tab saved", () => {
    const stored = state({ changes: { "levels.a": 2, "levels.b": 3 } });
    // This tab saved a=2 and b=1; another tab has since queued b=3, which must stay.
    expect(mergeWithStored(stored, state({}), { "levels.a": 2, "levels.b": 1 }).changes).toEqual({ "levels.b": 3 });
  });

  it("stores this tab's conflicts, which only this tab can show", () => {
    const conflict = { field: "levels.a", base: 1, mine: 2, theirs: 3 };
    expect(mergeWithStored(state({ unresolved: [] }), state({ unresolved: [conflict] })).unresolved).toEqual([conflict]);
  });
});

describe("resuming from the queue", () => {
  it("takes over the queued changes and conflicts, with the freshly rendered saved values winning in the base", () => {
    const conflict = { field: "levels.c", base: 1, mine: 2, theirs: 3 };
    const queued = state({ baseVersion: 3, base: { "levels.a": 1, "levels.b": 1 }, changes: { "levels.a": 4 }, unresolved: [conflict] });
    const rendered = state({ baseVersion: 5, base: { "levels.b": 2 } });
    expect(resumeFromQueue(rendered, queued)).toEqual(state({ baseVersion: 3, base: { "levels.a": 1, "levels.b": 2 }, changes: { "levels.a": 4 }, unresolved: [conflict] }));
    expect(resumeFromQueue(rendered, null)).toBe(rendered);
  });
});
