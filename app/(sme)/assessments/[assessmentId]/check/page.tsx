import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { ErrorSummary } from "@/components/forms/error-summary";
import { AnswerSummary } from "@/components/questionnaire/answer-summary";
import { ChangesSinceReturn } from "@/components/revise/changes-since-return";
import { changeLabels } from "@/components/revise/change-labels";
import { OfficerFeedback } from "@/components/revise/officer-feedback";
import { requireRevisionAccess } from "@/lib/auth/guards";
import { getFormats, getFormMessages, getTranslator } from "@/lib/i18n/server";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import { describeAnswerField } from "@/lib/questionnaire/describe-field";
import { findPageOfField } from "@/lib/questionnaire/pages";
import { validateAnswerSet } from "@/lib/questionnaire/validate-answer-set";
import { describeRevisionChanges } from "@/lib/review/describe-changes";
import { diffRevisions } from "@/lib/review/revision-diff";
import { loadAssessment } from "@/lib/server/assessments/load-assessment";
import { summaryLabels } from "../summary-labels";
import { submitAssessmentAction } from "./actions";
import { DeclarationForm } from "./declaration-form";

export const metadata: Metadata = { title: "Check your answers" };

type Props = { params: Promise<{ assessmentId: string }> };

/** GET /assessments/:id/check — check your answers, declaration and submit; the firm's own SME manager. */
export default async function CheckAnswersPage({ params }: Props) {
  const { assessmentId } = await params;
  const { assessment, feedback, memberRole } = await requireRevisionAccess(assessmentId);
  const [{ revision, questionnaire, text, editable }, t, formats] = await Promise.all([loadAssessment(assessment), getTranslator(), getFormats()]);
  if (!editable) redirect(`/assessments/${assessment.id}`);
  const { structure } = questionnaire;
  const answers = revision.answers;

  const missing = validateAnswerSet(structure, answers, "submit").map((problem) => ({
    fieldId: problem.field,
    href: `/assessments/${assessment.id}/${findPageOfField(structure, answers, problem.field)}#${fieldDomId(problem.field)}`,
    message: t(problem.code === "required" ? "assessment.missingAnswer" : "assessment.invalidAnswer", { question: describeAnswerField(problem.field, text) }),
  }));
  // A returned assessment shows what changed since the revision the officer returned, before it goes back.
  const changes = feedback ? describeRevisionChanges(diffRevisions(structure, feedback.answers, answers), text, changeLabels(t)) : null;
  const messages = missing.length === 0 ? await getFormMessages("assessment.declarationRequired") : null;

  return (
    <>
      <nav aria-label={t("assessment.breadcrumbs")} className="breadcrumbs">
        <Link href={`/assessments/${assessment.id}`}>{t("assessment.overviewTitle")}</Link>
      </nav>
      <h1>{t("assessment.checkTitle")}</h1>
      <ErrorSummary title={t("assessment.incompleteTitle")} errors={missing} />
      {feedback ? <OfficerFeedback t={t} date={formats.date} reason={{ body: feedback.reason, decidedAt: feedback.decidedAt, general: feedback.comments.filter((c) => c.dimensionId === null) }}
          comments={[]} /> : null}
      {feedback && changes ? <ChangesSinceReturn t={t} rows={changes} returnedRevision={feedback.revisionNumber} /> : null}
      <AnswerSummary structure={structure} text={text} answers={answers} labels={summaryLabels(t)} changeHref={`/assessments/${assessment.id}`} />
      {/* A contributor answers; submitting is the managers' (the action refuses it too). */}
      {messages && memberRole !== "manager" ? <p className="notice" data-testid="submit-managers-only">{t("team.submitManagersOnly")}</p> : null}
      {messages && memberRole === "manager" ? (
        <DeclarationForm
          action={submitAssessmentAction}
          messages={messages}
          permalink={`/assessments/${assessment.id}/check#declaration-heading`}
          target={{ assessmentId: assessment.id, idempotencyKey: randomUUID() }}
          labels={{
            title: t("assessment.declarationTitle"),
            declaration: t("assessment.declaration"),
            submit: t("assessment.submit"),
            submitting: t("assessment.submitting"),
            summaryTitle: t("errors.summaryTitle"),
          }}
        />
      ) : null}
    </>
  );
}
