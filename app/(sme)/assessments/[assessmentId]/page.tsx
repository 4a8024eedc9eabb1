import type { Metadata } from "next";
import Link from "next/link";
import { AnswerSummary } from "@/components/questionnaire/answer-summary";
import { AutosaveIsland } from "@/components/questionnaire/autosave-island";
import { ReviewOutcomeNotice } from "@/components/review/review-outcome-notice";
import { WaitingForReview } from "@/components/revise/waiting-for-review";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import type { MessageKey } from "@/lib/i18n";
import { getLatestReviewOutcome } from "@/lib/db/queries/review/reads";
import { getReturnedFeedbackForMember } from "@/lib/db/queries/review/returned-feedback";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import { findResumePoint, listPages } from "@/lib/questionnaire/pages";
import { listSectionProgress } from "@/lib/questionnaire/section-progress";
import { chooseRevisePage, listFlaggedDimensionIds } from "@/lib/review/returned-feedback";
import { autosaveLabels } from "./[pageId]/autosave-labels";
import { loadAssessment } from "@/lib/server/assessments/load-assessment";
import { RatingRoundsList } from "@/components/rating/rating-rounds-list";
import { listRoundSummaries } from "@/lib/server/rating/load-rating";
import { summaryLabels } from "./summary-labels";

export const metadata: Metadata = { title: "Assessment" };

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /assessments/:id — task list of a draft, or the read-only record of a submitted one; whoever may read it. */
export default async function AssessmentOverviewPage({ params, searchParams }: Props) {
  const [{ assessmentId }, query] = await Promise.all([params, searchParams]);
  const { user, assessment } = await requireAssessmentAccess(assessmentId);
  // The officer's decision is news only while it stands: a returned assessment being revised, or an approved one.
  const showsDecision = assessment.status === "returned" || assessment.status === "approved";
  const [loaded, t, formats, outcome, feedback] = await Promise.all([
    loadAssessment(assessment),
    getTranslator(),
    getFormats(),
    showsDecision ? getLatestReviewOutcome(assessment.id) : Promise.resolve(null),
    assessment.status === "returned" && user.role === "sme" ? getReturnedFeedbackForMember(user.id, assessment.id) : Promise.resolve(null),
  ]);
  const { revision, questionnaire, text, editable } = loaded;
  const { structure } = questionnaire;
  const statusLabel = t(`assessmentStatus.${assessment.status}` as MessageKey);

  if (!editable || user.role !== "sme") {
    return (
      <>
        <h1>{text.title}</h1>
        {query.submitted ? (
          <div className="notice notice--success" role="status">
            <h2>{t("assessment.submittedTitle")}</h2>
            <p>{t("assessment.submittedBody")}</p>
          </div>
        ) : null}
        {(assessment.status === "submitted" || assessment.status === "in_review") && revision.submittedAt ? (
          <WaitingForReview
            t={t}
            status={assessment.status}
            submittedOn={formats.date(revision.submittedAt)}
            programmeName={assessment.programmeName}
          />
        ) : null}
        {outcome?.decision === "approved" && assessment.status === "approved" ? (
          <ReviewOutcomeNotice t={t} formats={formats} text={text} outcome={outcome} dimensionHref={null} />
        ) : null}
        <dl className="summary">
          <dt>{t("assessment.status")}</dt>
          <dd>
            <span className="tag">{statusLabel}</span>
          </dd>
          <dt>{t("assessment.revision")}</dt>
          <dd>{revision.number}</dd>
          <dt>{t("assessment.questionnaireVersion")}</dt>
          <dd>{structure.id}</dd>
        </dl>
        {revision.submittedAt ? <p><Link className="button" href={`/assessments/${assessment.id}/results`}>{t("results.seeResults")}</Link></p> : null}
        <p className="muted">{t("assessment.readOnly")}</p>
        <AnswerSummary structure={structure} text={text} answers={revision.answers} labels={summaryLabels(t)} />
      </>
    );
  }

  const progress = listSectionProgress(structure, revision.answers);
  const pages = listPages(structure, revision.answers);
  const resume = findResumePoint(structure, revision.answers);
  const firstPageOf = (sectionId: string) => pages.find((p) => p.sectionId === sectionId)?.id ?? sectionId;
  const allDone = progress.every((p) => p.status === "completed");
  const returned = outcome?.decision === "returned" && assessment.status === "returned" ? outcome : null;
  const dimensionHref = (dimensionId: string) => (pages.some((p) => p.id === dimensionId) ? `/assessments/${assessment.id}/${dimensionId}` : null);
  // Revising (and continuing a returned assessment) starts on the first dimension the officer flagged.
  const resumeHref = `/assessments/${assessment.id}/${resume.pageId}${resume.field ? `#${fieldDomId(resume.field)}` : ""}`;
  const reviseHref = feedback ? `/assessments/${assessment.id}/${chooseRevisePage(pages, listFlaggedDimensionIds(structure, feedback))}` : null;
  return (
    <>
      <h1>{text.title}</h1>
      <AutosaveIsland assessmentId={assessment.id} labels={autosaveLabels(t)} />
      {returned ? <ReviewOutcomeNotice t={t} formats={formats} text={text} outcome={returned} dimensionHref={dimensionHref} reviseHref={reviseHref ?? resumeHref} /> : null}
      <dl className="summary">
        <dt>{t("assessment.status")}</dt>
        <dd>
          <span className="tag">{statusLabel}</span>
        </dd>
        {assessment.programmeName ? (
          <>
            <dt>{t("assessment.programme")}</dt>
            <dd>{assessment.programmeName}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <Link className="button" href={reviseHref ?? resumeHref}>
          {progress.some((p) => p.answered > 0) ? t("assessment.continue") : t("assessment.start")}
        </Link>
      </p>
      <RatingRoundsList t={t} assessmentId={assessment.id} rounds={await listRoundSummaries(loaded)} dimensionTitle={(id) => text.dimensions[id]?.title ?? id} />
      <h2>{t("assessment.tasksTitle")}</h2>
      <ol className="task-list">
        {progress.map((section) => (
          <li key={section.sectionId}>
            <Link href={`/assessments/${assessment.id}/${firstPageOf(section.sectionId)}`}>{text.sections[section.sectionId]?.title ?? section.sectionId}</Link>
            <span className={`tag tag--${section.status}`}>
              {t(`assessment.section.${section.status}` as MessageKey)}
              {section.kind === "factor" ? ` (${section.answered}/${section.total})` : ""}
            </span>
          </li>
        ))}
        <li>
          {allDone ? <Link href={`/assessments/${assessment.id}/check`}>{t("assessment.checkTitle")}</Link> : <span>{t("assessment.checkTitle")}</span>}
          <span className="tag">{allDone ? t("assessment.section.ready") : t("assessment.section.cannotStart")}</span>
        </li>
      </ol>
    </>
  );
}
