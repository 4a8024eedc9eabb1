import { z } from "zod";
import { AnswerPatchSchema } from "@/lib/questionnaire/answer-set";

export const DraftSaveRequestSchema = z.strictObject({
  /** The revision version the client's copy is based on (optimistic concurrency). */
  baseVersion: z.number().int().min(0),
  patch: AnswerPatchSchema,
});
export type DraftSaveRequest = z.infer<typeof DraftSaveRequestSchema>;
