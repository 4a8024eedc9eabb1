import { z } from "zod";
import { maxNoteLength } from "./answer-limits";

export const ProfileValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type ProfileValue = z.infer<typeof ProfileValueSchema>;

/**
 * What a firm has answered, independent of any questionnaire version. Structural only:
 * whether an id exists, a level is in range or an option is allowed depends on the
 * version and is checked by validateAnswerSet.
 */
export const AnswerSetSchema = z.strictObject({
  profile: z.record(z.string(), ProfileValueSchema),
  /** indicatorId → current level 0..5 */
  levels: z.record(z.string(), z.number()),
  /** indicatorId → free-text evidence or comment (optional) */
  notes: z.record(z.string(), z.string()),
  /** dimensionId → target (to-be) level 0..5 */
  targets: z.record(z.string(), z.number()),
});
export type AnswerSet = z.infer<typeof AnswerSetSchema>;

export function emptyAnswerSet(): AnswerSet {
  return { profile: {}, levels: {}, notes: {}, targets: {} };
}

/**
 * A partial save (autosave, offline queue): only the fields that changed. `null` clears
 * an answer, so un-selecting a level is a patch like any other.
 */
export const AnswerPatchSchema = z.strictObject({
  profile: z.record(z.string(), ProfileValueSchema.nullable()).optional(),
  levels: z.record(z.string(), z.number().nullable()).optional(),
  notes: z.record(z.string(), z.string().nullable()).optional(),
  targets: z.record(z.string(), z.number().nullable()).optional(),
});
export type AnswerPatch = z.infer<typeof AnswerPatchSchema>;

export { answerParts, type AnswerPart } from "./answer-parts";

/** Longest note accepted per indicator; longer text is rejected, never truncated. */
export { maxNoteLength };
