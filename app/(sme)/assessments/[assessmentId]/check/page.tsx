import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { ErrorSummary } from "@/components/forms/error-summary";
import { AnswerSummary } from "@/components/questionnaire/answer-summary";
import { SubmitButton } from "@/components/questionnaire/submit-button";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { getTranslator } from "@/lib/i18n/server";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import { describeAnswerField } from "@/lib/questionnaire/describe-field";
import { findPageOfField } from "@/lib/questionnaire/pages";
import { validateAnswerSet } from "@/lib/questionnaire/validate-answer-set";
import { loadAssessment } from "../load-assessment";
import { summaryLabels } from "../summary-labels";
import { submitAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Check your answers" };

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /assessments/:id/check — check your answers, declaration and submit; the firm's own SME manager. */
export default async function CheckAnswersPage({ params, searchParams }: Props) {
  const [{ assessmentId }, query] = await Promise.all([params, searchParams]);
  const { assessment } = await requireAssessmentAccess(assessmentId, "edit");
  const [{ revision, questionnaire, text, editable }, t] = await Promise.all([loadAssessment(assessment), getTranslator()]);
  if (!editable) redirect(`/assessments/${assessment.id}`);
  const { structure } = questionnaire;
  const answers = revision.answers;

  const missing = validateAnswerSet(structure, answers, "submit").map((problem) => ({
    fieldId: problem.field,
    href: `/assessments/${assessment.id}/${findPageOfField(structure, answers, problem.field)}#${fieldDomId(problem.field)}`,
    message: t(problem.code === "required" ? "assessment.missingAnswer" : "assessment.invalidAnswer", { question: describeAnswerField(problem.field, text) }),
  }));
  const declarationError = query.error === "declaration" ? t("assessment.declarationRequired") : undefined;
  const summaryErrors = [
    ...missing.map((m) => ({ fieldId: m.fieldId, message: m.message, href: m.href })),
    ...(declarationError ? [{ fieldId: "declaration", message: declarationError }] : []),
  ];

  return (
    <>
      <nav aria-label={t("assessment.breadcrumbs")} className="breadcrumbs">
        <Link href={`/assessments/${assessment.id}`}>{t("assessment.overviewTitle")}</Link>
      </nav>
      <h1>{t("assessment.checkTitle")}</h1>
      <ErrorSummary title={missing.length > 0 ? t("assessment.incompleteTitle") : t("errors.summaryTitle")} errors={summaryErrors} />
      <AnswerSummary structure={structure} text={text} answers={answers} labels={summaryLabels(t)} changeHref={`/assessments/${assessment.id}`} />
      {missing.length === 0 ? (
        <form action={submitAssessmentAction} className="form">
          <input type="hidden" name="assessmentId" value={assessment.id} />
          <input type="hidden" name="idempotencyKey" value={randomUUID()} />
          <h2>{t("assessment.declarationTitle")}</h2>
          <div className={declarationError ? "field field--error" : "field"}>
            {declarationError ? (
              <p className="field-error" id="declaration-error">
                {declarationError}
              </p>
            ) : null}
            <label className="choice" htmlFor="declaration">
              <input
                type="checkbox"
                id="declaration"
                name="declaration"
                value="confirmed"
                aria-invalid={declarationError ? true : undefined}
                aria-describedby={declarationError ? "declaration-error" : undefined}
              />
              <span>{t("assessment.declaration")}</span>
            </label>
          </div>
          <SubmitButton label={t("assessment.submit")} pendingLabel={t("assessment.submitting")} />
        </form>
      ) : null}
    </>
  );
}
