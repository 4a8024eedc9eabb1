import { z } from "zod";

export const StartAssessmentSchema = z.object({
  firmId: z.uuid(),
  programmeId: z.union([z.uuid(), z.literal("")]).transform((id) => id || null),
  prefill: z.enum(["approved", "none"]).default("none"),
});
