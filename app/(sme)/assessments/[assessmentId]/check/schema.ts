import { z } from "zod";

export const SubmitAssessmentSchema = z.object({
  assessmentId: z.uuid(),
  /** Generated when the page was rendered: a double click or a retry submits with the same key. */
  idempotencyKey: z.uuid(),
  declaration: z.literal("confirmed", { error: "assessment.declarationRequired" }),
});
