import { z } from "zod";

export const StartAssessmentSchema = z.object({
  firmId: z.uuid(),
  programmeId: z.union([z.uuid(), z.literal("")]).transform((id) => id || null),
  prefill: z.enum(["approved", "none"]).default("none"),
});

export const JoinProgrammeSchema = z.object({
  firmId: z.uuid(),
  enrolmentCode: z.string().trim().min(1, "errors.required").max(40, "errors.enrolmentCodeUnknown"),
});
