import { describe, expect, it } from "vitest";
import { listPages } from "@/lib/questionnaire/pages";
import { chooseRevisePage, listAdjustedValidations, listFlaggedDimensionIds, type ReturnedFeedback } from "@/lib/review/returned-feedback";
import { submittedAnswers, v1 } from "./support";

// Issue 18: a returned firm was sent to the targets page, not to what the officer flagged.

const dimensions = v1.factors.flatMap((f) => f.dimensions);
const dimension = (id: string) => dimensions.find((d) => d.id === id)!;
const skills = dimension("skills");
const automation = dimension("automation");
const servicesDimension = v1.factors.find((f) => f.id === "services")!.dimensions[0]!;
const at = new Date("2026-03-01T09:00:00Z");

function feedback(patch: Partial<ReturnedFeedback> = {}): ReturnedFeedback {
  return { revisionNumber: 1, reason: "Add evidence", decidedAt: at, answers: submittedAnswers(2), comments: [], validations: [], ...patch };
}
const comment = (dimensionId: string | null) => ({ id: `c-${dimensionId}`, dimensionId, body: "Explain", createdAt: at });
const validation = (indicatorId: string, validatedLevel: number) => ({ indicatorId, validatedLevel, justification: "Seen on site", validatedAt: at });

describe("listAdjustedValidations", () => {
  it("keeps validations at another level than the firm's and drops confirmations", () => {
    const adjusted = validation(skills.indicators[0]!.id, 1);
    const confirmed = validation(skills.indicators[1]!.id, 2);
    expect(listAdjustedValidations(feedback({ validations: [adjusted, confirmed] }))).toEqual([adjusted]);
  });
});

describe("chooseRevisePage", () => {
  const pages = listPages(v1, submittedAnswers(2));
  const choose = (f: ReturnedFeedback) => chooseRevisePage(pages, listFlaggedDimensionIds(v1, f));

  it("opens the first commented dimension in questionnaire order, not the order of the comments", () => {
    expect(choose(feedback({ comments: [comment("automation"), comment("skills")] }))).toBe("skills");
  });

  it("counts an adjusted level as flagged, whichever comes first", () => {
    const f = feedback({ comments: [comment("automation")], validations: [validation(skills.indicators[2]!.id, 4)] });
    expect(choose(f)).toBe("skills");
  });

  it("ignores a confirmed level and a general comment", () => {
    const f = feedback({ comments: [comment(null), comment("automation")], validations: [validation(skills.indicators[0]!.id, 2)] });
    expect(choose(f)).toBe(automation.id);
  });

  it("opens the first question page when nothing was flagged", () => {
    expect(choose(feedback({ comments: [comment(null)] }))).toBe(pages[0]!.id);
    expect(pages[0]!.kind).toBe("profile");
  });

  it("skips a flagged dimension the firm no longer sees (the services module after answering no)", () => {
    expect(choose(feedback({ comments: [comment(servicesDimension.id)] }))).toBe(pages[0]!.id);
    expect(choose(feedback({ comments: [comment(servicesDimension.id), comment("automation")] }))).toBe("automation");
  });
});
