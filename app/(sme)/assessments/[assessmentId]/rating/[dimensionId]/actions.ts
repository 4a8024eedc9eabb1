"use server";

import { notFound, redirect } from "next/navigation";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { refuseInvalidForm } from "@/lib/forms/field-errors";
import { failedForm, type FormActionState, type FormValues } from "@/lib/forms/form-result";
import { readForm } from "@/lib/forms/read-form";
import { getTranslator } from "@/lib/i18n/server";
import { after } from "next/server";
import { deliverPendingEmails } from "@/lib/mail/deliver";
import type { RatingRefusal } from "@/lib/rating/commands";
import { hasUnstorableCharacter } from "@/lib/text/unstorable";
import { agreeLevels, openRound, rateOwn } from "@/lib/server/rating/rating-commands";
import { AgreeSchema, OpenRoundSchema, RateSchema, maxAgreementNoteLength } from "./schema";

// The rating page's forms. Each: parse with the form's schema, authorize (a member who may edit;
// the round's rules decide manager or rater inside the command's transaction), run the use case,
// then come back to the page with a notice. A refusal says why and changes nothing.

const pagePath = (assessmentId: string, dimensionId: string) => `/assessments/${assessmentId}/rating/${dimensionId}`;

type Outcome = { kind: "done" } | { kind: "refused"; refusal: RatingRefusal } | { kind: "not-found" } | { kind: "stale" };

async function answer(outcome: Outcome, echo: FormValues, done: string): Promise<FormActionState> {
  if (outcome.kind === "not-found") notFound();
  const t = await getTranslator();
  if (outcome.kind === "refused") return failedForm(t(`rating.refusals.${outcome.refusal}`), echo);
  if (outcome.kind === "stale") return failedForm(t("rating.notices.stale"), echo);
  redirect(done);
}

/** Fields named `<prefix><indicatorId>` with a value, as indicator → text. */
function byIndicator(input: FormValues, prefix: string): Map<string, string> {
  const picked = new Map<string, string>();
  for (const [name, value] of Object.entries(input)) if (name.startsWith(prefix) && typeof value === "string" && value !== "") picked.set(name.slice(prefix.length), value);
  return picked;
}

const asLevel = (text: string) => (/^\d$/.test(text) ? Number(text) : Number.NaN);

export async function openRoundAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { input, echo } = readForm(formData, { lists: ["raters"] });
  const parsed = OpenRoundSchema.safeParse(input);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] !== "raters")) notFound();
    return refuseInvalidForm(parsed.error, await getTranslator(), echo);
  }
  const { user, assessment } = await requireAssessmentAccess(parsed.data.assessmentId, "edit");
  const outcome = await openRound(user, assessment, parsed.data.dimensionId, parsed.data.raters);
  if (outcome.kind === "done") after(deliverPendingEmails);
  return answer(outcome, echo, `${pagePath(assessment.id, parsed.data.dimensionId)}?notice=opened`);
}

export async function rateAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { input, echo } = readForm(formData);
  const parsed = RateSchema.safeParse(input);
  if (!parsed.success) notFound();
  const { user, assessment } = await requireAssessmentAccess(parsed.data.assessmentId, "edit");
  const levels = Object.fromEntries([...byIndicator(input, "level_")].map(([id, text]) => [id, asLevel(text)]));
  const outcome = await rateOwn(user, assessment, parsed.data.dimensionId, levels, { finish: parsed.data.finish });
  return answer(outcome, echo, `${pagePath(assessment.id, parsed.data.dimensionId)}?notice=${parsed.data.finish ? "handedIn" : "saved"}`);
}

export async function agreeAction(_previous: FormActionState, formData: FormData): Promise<FormActionState> {
  const { input, echo } = readForm(formData);
  const parsed = AgreeSchema.safeParse(input);
  if (!parsed.success) notFound();
  const { user, assessment } = await requireAssessmentAccess(parsed.data.assessmentId, "edit");
  const notes = byIndicator(input, "note_");
  if ([...notes.values()].some((note) => note.length > maxAgreementNoteLength || hasUnstorableCharacter(note))) {
    return failedForm((await getTranslator())("assessment.problems.noteTooLong", { max: maxAgreementNoteLength }), echo);
  }
  const agreements = [...byIndicator(input, "agreed_")].map(([indicatorId, text]) => ({ indicatorId, level: asLevel(text), note: notes.get(indicatorId)?.trim() || null }));
  const outcome = await agreeLevels(user, assessment, parsed.data.dimensionId, agreements);
  const notice = outcome.kind === "done" && outcome.closed ? "agreedAll" : "agreedSome";
  return answer(outcome, echo, `${pagePath(assessment.id, parsed.data.dimensionId)}?notice=${notice}`);
}
