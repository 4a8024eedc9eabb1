import { z } from "zod";

export const OfficerAssignmentSchema = z.object({
  programmeId: z.uuid("errors.programmeRequired"),
  officerId: z.uuid("errors.officerRequired"),
});

export const ProgrammeIdSchema = z.uuid();
