import { z } from "zod";
import { userText } from "@/lib/text/user-text";

export const StartAssessmentSchema = z.object({
  firmId: z.uuid(),
  programmeId: z.union([z.uuid(), z.literal("")]).transform((id) => id || null),
  prefill: z.enum(["approved", "none"]).default("none"),
});

export const JoinProgrammeSchema = z.object({
  firmId: z.uuid(),
  enrolmentCode: userText({ max: 40, tooLong: "errors.enrolmentCodeUnknown", required: "errors.required" }),
});
