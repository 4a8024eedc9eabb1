import { z } from "zod";

/** A value a rule compares a profile answer with. */
export type RuleValue = string | number | boolean;

/**
 * Declarative condition on profile answers, kept as data so that a questionnaire version
 * stays serialisable, hashable and editable by admins without code.
 * - equals: a single-select, integer or boolean answer equals the value
 * - in: a single-select or integer answer is one of the values
 * - includes: a multi-select answer contains the value
 * - all / any / not: combinators
 * An unanswered (or hidden) question satisfies no leaf rule, so `not` of a leaf holds.
 */
export type VisibilityRule =
  | { op: "equals"; questionId: string; value: RuleValue }
  | { op: "in"; questionId: string; values: Array<string | number> }
  | { op: "includes"; questionId: string; value: string }
  | { op: "all"; rules: VisibilityRule[] }
  | { op: "any"; rules: VisibilityRule[] }
  | { op: "not"; rule: VisibilityRule };

const questionIdSchema = z.string().min(1);

export const VisibilityRuleSchema: z.ZodType<VisibilityRule> = z.lazy(() =>
  z.discriminatedUnion("op", [
    z.strictObject({
      op: z.literal("equals"),
      questionId: questionIdSchema,
      value: z.union([z.string(), z.number(), z.boolean()]),
    }),
    z.strictObject({
      op: z.literal("in"),
      questionId: questionIdSchema,
      values: z.array(z.union([z.string(), z.number()])).min(1),
    }),
    z.strictObject({ op: z.literal("includes"), questionId: questionIdSchema, value: z.string() }),
    z.strictObject({ op: z.literal("all"), rules: z.array(VisibilityRuleSchema).min(1) }),
    z.strictObject({ op: z.literal("any"), rules: z.array(VisibilityRuleSchema).min(1) }),
    z.strictObject({ op: z.literal("not"), rule: VisibilityRuleSchema }),
  ]),
);

/** Every question id a rule reads, in order of appearance. */
export function listRuleQuestionIds(rule: VisibilityRule): string[] {
  switch (rule.op) {
    case "equals":
    case "in":
    case "includes":
      return [rule.questionId];
    case "all":
    case "any":
      return rule.rules.flatMap(listRuleQuestionIds);
    case "not":
      return listRuleQuestionIds(rule.rule);
  }
}
