import { z } from "zod";
import { checkedBox, checkedList } from "@/lib/forms/form-schemas";

// The rating page's three forms. The per-indicator fields are named by the indicator
// (`level_<id>`, `agreed_<id>`, `note_<id>`), so the objects are loose: the action reads those
// fields and the round's rules (lib/rating/commands.ts) check each level.

const target = { assessmentId: z.uuid(), dimensionId: z.string().regex(/^[a-z][a-z0-9-]{0,80}$/) };

export const OpenRoundSchema = z.object({
  ...target,
  raters: checkedList(z.uuid()).refine((ids) => new Set(ids).size >= 2, "rating.errors.tooFewRaters"),
});

export const RateSchema = z.looseObject({ ...target, finish: checkedBox });

export const AgreeSchema = z.looseObject(target);

export const levelField = (indicatorId: string) => `level_${indicatorId}`;
export const agreedField = (indicatorId: string) => `agreed_${indicatorId}`;
export const noteField = (indicatorId: string) => `note_${indicatorId}`;
export const maxAgreementNoteLength = 1000;
