import { describe, expect, it } from "vitest";
import { applyValidatedLevels, dimensionScoresOf, scoreValidatedSubmission } from "@/lib/review/validated-scores";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { submittedAnswers, v1 } from "./support";

const skills = v1.factors[0]!.dimensions.find((d) => d.id === "skills")!;
const [first, second] = skills.indicators;

describe("applyValidatedLevels", () => {
  it("replaces only the validated levels and leaves the firm's other answers and the input alone", () => {
    const answers = { ...submittedAnswers(2), notes: { [first!.id]: "We train every operator" }, targets: { skills: 4 } };
    const validated = applyValidatedLevels(answers, [{ indicatorId: first!.id, validatedLevel: 1 }]);
    expect(validated.levels[first!.id]).toBe(1);
    expect(validated.levels[second!.id]).toBe(2);
    expect(validated.notes).toEqual(answers.notes);
    expect(validated.targets).toEqual({ skills: 4 });
    expect(validated.profile).toEqual(answers.profile);
    expect(answers.levels[first!.id]).toBe(2);
  });
});

describe("scoreValidatedSubmission", () => {
  it("equals the self-assessed scores when the officer validated nothing", () => {
    const answers = submittedAnswers(3);
    expect(scoreValidatedSubmission(v1, answers, [], { skills: 5 })).toEqual(scoreSubmission(v1, answers, { skills: 5 }));
  });

  it("scores the validated levels exactly as a submission of them would be scored", () => {
    const answers = submittedAnswers(3);
    const validations = skills.indicators.map((indicator) => ({ indicatorId: indicator.id, validatedLevel: 0 }));
    const validated = scoreValidatedSubmission(v1, answers, validations, { leadership: 5 });
    const lowered = submittedAnswers(3);
    for (const indicator of skills.indicators) lowered.levels[indicator.id] = 0;
    expect(validated).toEqual(scoreSubmission(v1, lowered, { leadership: 5 }));
    expect(dimensionScoresOf(validated).skills).toBe(0);
    expect(dimensionScoresOf(validated).leadership).toBe(3);
    expect(validated.readinessIndex).toBeLessThan(scoreSubmission(v1, answers).readinessIndex);
  });
});
