import { z } from "zod";
import { checkedBox } from "@/lib/forms/form-schemas";

// The check page's submit form, checked in the browser (react-hook-form) and by the action.
export const SubmitAssessmentSchema = z.object({
  assessmentId: z.uuid(),
  /** Generated when the page was rendered: a double click or a retry submits with the same key. */
  idempotencyKey: z.uuid(),
  declaration: checkedBox.refine((confirmed) => confirmed, { message: "assessment.declarationRequired" }),
});
