import { describe, expect, it } from "vitest";
import { decideAgree, decideFinish, decideOpenRound, decideRate, isValidLevel } from "@/lib/rating/commands";
import { ratedApartFields } from "@/lib/rating/rated-apart";
import { finishedCount, roundState } from "@/lib/rating/round-state";
import { indicatorSpread } from "@/lib/rating/spread";
import { visibleRatings } from "@/lib/rating/visibility";

const done = new Date("2026-12-01T08:00:00Z");

describe("roundState", () => {
  it("is open while a rater has not finished, ready once all have, agreed once every indicator has an agreed level", () => {
    const indicatorIds = ["a", "b"];
    expect(roundState({ raters: [{ finishedAt: done }, { finishedAt: null }], indicatorIds, agreedIndicatorIds: [] })).toBe("open");
    expect(roundState({ raters: [{ finishedAt: done }, { finishedAt: done }], indicatorIds, agreedIndicatorIds: ["a"] })).toBe("ready");
    expect(roundState({ raters: [{ finishedAt: done }, { finishedAt: done }], indicatorIds, agreedIndicatorIds: ["b", "a"] })).toBe("agreed");
    expect(finishedCount([{ finishedAt: done }, { finishedAt: null }, { finishedAt: done }])).toEqual({ finished: 2, total: 3 });
  });
});

describe("indicatorSpread", () => {
  it("lists each rater's level in rater order with min and max, and flags a difference of two levels or more", () => {
    const spread = indicatorSpread(["a", "b", "c"], ["u1", "u2"], [
      { userId: "u1", indicatorId: "a", level: 1 },
      { userId: "u2", indicatorId: "a", level: 3 },
      { userId: "u1", indicatorId: "b", level: 2 },
      { userId: "u2", indicatorId: "b", level: 3 },
      { userId: "u2", indicatorId: "c", level: 0 },
    ]);
    expect(spread.map((row) => [row.indicatorId, row.levels.map((l) => l.level), row.min, row.max, row.flagged])).toEqual([
      ["a", [1, 3], 1, 3, true],
      ["b", [2, 3], 2, 3, false],
      ["c", [null, 0], 0, 0, false],
    ]);
  });
});

describe("visibleRatings", () => {
  it("shows a rater only their own levels until the round is agreed, and the manager none until every rater has finished", () => {
    const rater = { userId: "u1", isRater: true, leadsRound: false };
    const manager = { userId: "m", isRater: false, leadsRound: true };
    const managerRater = { userId: "m", isRater: true, leadsRound: true };
    const colleague = { userId: "x", isRater: false, leadsRound: false };
    expect([visibleRatings(rater, "open"), visibleRatings(rater, "ready"), visibleRatings(rater, "agreed")]).toEqual(["own", "own", "all"]);
    expect([visibleRatings(manager, "open"), visibleRatings(manager, "ready"), visibleRatings(manager, "agreed")]).toEqual(["none", "all", "all"]);
    expect(visibleRatings(managerRater, "open")).toBe("own");
    expect([visibleRatings(colleague, "open"), visibleRatings(colleague, "ready")]).toEqual(["none", "none"]);
  });
});

describe("round commands", () => {
  const members = new Set(["u1", "u2", "u3"]);
  const open = { leadsFirm: true, editableDraft: true, dimensionVisible: true, roundExists: false, raterIds: ["u1", "u2"], activeMemberIds: members };

  it("opens a round for two or more active members of a draft, by a manager only", () => {
    expect(decideOpenRound(open)).toEqual({ ok: true });
    expect(decideOpenRound({ ...open, leadsFirm: false })).toEqual({ ok: false, refusal: "not-manager" });
    expect(decideOpenRound({ ...open, editableDraft: false })).toEqual({ ok: false, refusal: "not-draft" });
    expect(decideOpenRound({ ...open, dimensionVisible: false })).toEqual({ ok: false, refusal: "unknown-dimension" });
    expect(decideOpenRound({ ...open, roundExists: true })).toEqual({ ok: false, refusal: "round-exists" });
    expect(decideOpenRound({ ...open, raterIds: ["u1", "u1"] })).toEqual({ ok: false, refusal: "too-few-raters" });
    expect(decideOpenRound({ ...open, raterIds: ["u1", "stranger"] })).toEqual({ ok: false, refusal: "not-a-member" });
  });

  it("lets a chosen rater rate the dimension's indicators with whole levels 0 to 5 while the round is open", () => {
    const rate = { isRater: true, finished: false, state: "open" as const, editableDraft: true, levels: { a: 0, b: 5 }, indicatorIds: ["a", "b"] };
    expect(decideRate(rate)).toEqual({ ok: true });
    expect(decideRate({ ...rate, isRater: false }).ok).toBe(false);
    expect(decideRate({ ...rate, finished: true })).toEqual({ ok: false, refusal: "already-finished" });
    expect(decideRate({ ...rate, state: "ready" })).toEqual({ ok: false, refusal: "round-not-open" });
    expect(decideRate({ ...rate, levels: { z: 1 } })).toEqual({ ok: false, refusal: "unknown-indicator" });
    expect(decideRate({ ...rate, levels: { a: 6 } })).toEqual({ ok: false, refusal: "not-a-level" });
    expect(decideRate({ ...rate, levels: { a: 2.5 } })).toEqual({ ok: false, refusal: "not-a-level" });
  });

  it("hands in only when every indicator is rated", () => {
    const finish = { isRater: true, finished: false, state: "open" as const, editableDraft: true, ratedIndicatorIds: ["a"], indicatorIds: ["a", "b"] };
    expect(decideFinish(finish)).toEqual({ ok: false, refusal: "not-all-rated" });
    expect(decideFinish({ ...finish, ratedIndicatorIds: ["b", "a"] })).toEqual({ ok: true });
  });

  it("agrees valid levels by a manager once every rater has finished, until the round is closed", () => {
    const agree = { leadsFirm: true, state: "ready" as const, editableDraft: true, agreements: [{ indicatorId: "a", level: 3 }], indicatorIds: ["a", "b"] };
    expect(decideAgree(agree)).toEqual({ ok: true });
    expect(decideAgree({ ...agree, leadsFirm: false })).toEqual({ ok: false, refusal: "not-manager" });
    expect(decideAgree({ ...agree, state: "open" })).toEqual({ ok: false, refusal: "raters-not-finished" });
    expect(decideAgree({ ...agree, state: "agreed" })).toEqual({ ok: false, refusal: "round-closed" });
    expect(decideAgree({ ...agree, agreements: [{ indicatorId: "a", level: -1 }] })).toEqual({ ok: false, refusal: "not-a-level" });
    expect([isValidLevel(0), isValidLevel(5), isValidLevel(Number.NaN), isValidLevel("3")]).toEqual([true, true, false, false]);
  });
});

describe("ratedApartFields", () => {
  it("picks the levels of indicators being rated apart and leaves notes, targets and other levels", () => {
    expect(ratedApartFields(["levels.a", "notes.a", "levels.b", "targets.d", "profile.a"], new Set(["a"]))).toEqual(["levels.a"]);
  });
});
