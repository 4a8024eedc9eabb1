import { describe, expect, it } from "vitest";
import { emptyAnswerSet, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { listVisibleDimensions, listVisibleIndicatorIds, listVisibleProfileQuestions, listVisibleSections } from "@/lib/questionnaire/visible-items";
import { fixtureVersion } from "./fixture-version";

const withProfile = (profile: AnswerSet["profile"]): AnswerSet => ({ ...emptyAnswerSet(), profile });

describe("visibility", () => {
  it("hides the services section and its question until the firm says it offers services", () => {
    const none = emptyAnswerSet();
    expect(listVisibleSections(fixtureVersion, none).map((s) => s.id)).toEqual(["profile", "people-section", "targets"]);
    expect(listVisibleProfileQuestions(fixtureVersion, none).map((q) => q.id)).not.toContain("service-kind");

    const offers = withProfile({ services: true });
    expect(listVisibleSections(fixtureVersion, offers).map((s) => s.id)).toContain("services-section");
    expect(listVisibleProfileQuestions(fixtureVersion, offers).map((q) => q.id)).toContain("service-kind");
    expect(listVisibleDimensions(fixtureVersion, offers).map((d) => d.dimension.id)).toContain("digital-services");
  });

  it("shows an indicator with a rule only when its rule holds", () => {
    expect(listVisibleIndicatorIds(fixtureVersion, withProfile({ country: "CN" })).has("skills-b")).toBe(false);
    expect(listVisibleIndicatorIds(fixtureVersion, withProfile({ country: "MY" })).has("skills-b")).toBe(true);
  });

  it("keeps dimension order and lists only visible indicators", () => {
    const dims = listVisibleDimensions(fixtureVersion, withProfile({ country: "CN", services: false }));
    expect(dims.map((d) => [d.dimension.id, d.indicators.map((i) => i.id)])).toEqual([
      ["skills", ["skills-a"]],
      ["leadership", ["leadership-a"]],
    ]);
  });
});
