import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentStatusTag } from "@/components/review/assessment-status-tag";
import { ChangesTable } from "@/components/review/changes-table";
import { changeLabels } from "@/components/revise/change-labels";
import { commentsAnchor, CommentSection } from "@/components/review/comment-section";
import { DecisionBar } from "@/components/review/decision-bar";
import { DecisionSummary } from "@/components/review/decision-summary";
import { FirmProfile } from "@/components/review/firm-profile";
import { HistoryTable } from "@/components/review/history-table";
import { ConfirmDimensionForm } from "@/components/review/confirm-dimension-form";
import { IndicatorReview } from "@/components/review/indicator-review";
import { NextSubmissionOffer } from "@/components/review/next-submission-offer";
import { ReviewContents, type ContentsFactor } from "@/components/review/review-contents";
import { ScoreComparisonTable } from "@/components/review/score-comparison-table";
import { PlanReviewSection } from "@/components/plan/plan-review-section";
import { requireReviewAccess } from "@/lib/auth/guards";
import { RatedApartRecord } from "@/components/rating/rated-apart-record";
import { listAgreedRoundRecords } from "@/lib/server/rating/load-rating";
import { listLatestAnswerChanges } from "@/lib/db/queries/answer-history";
import { listPlanCommentsForFirm } from "@/lib/db/queries/plan/plan-comments";
import { loadFirmPlan } from "@/lib/server/plan/load-firm-plan";
import { getReviewContext, listAssessmentHistory } from "@/lib/db/queries/review/reads";
import { findNextSubmission } from "@/lib/db/queries/review-queue";
import { daysWaiting } from "@/lib/queue/days-waiting";
import { dimensionReviewState, indicatorsToConfirm, summariseReview, type ReviewFacts } from "@/lib/review/review-progress";
import { getFormats, getFormMessages, getLocale, getTranslator } from "@/lib/i18n/server";
import { getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { textForLocale } from "@/lib/questionnaire/text-for-locale";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { describeRevisionChanges } from "@/lib/review/describe-changes";
import { diffRevisions } from "@/lib/review/revision-diff";
import { compareScores } from "@/lib/review/score-comparison";
import { isReviewOpen } from "@/lib/assessments/lifecycle";
import { scoreValidatedSubmission } from "@/lib/review/validated-scores";
import { addCommentAction, addPlanCommentAction, approveAction, confirmDimensionAction, returnAction, validateIndicatorAction } from "./actions";
import { ReviewQuerySchema } from "./schema";

const dimensionAnchor = (dimensionId: string) => `dimension-${dimensionId}`;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t("review.metaTitle") };
}

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** GET /officer/assessments/:id/review — review one submission: validate, comment, approve or return; the programme's officers and admins. */
export default async function ReviewPage({ params, searchParams }: Props) {
  const [{ assessmentId }, rawQuery] = await Promise.all([params, searchParams]);
  const { assessment } = await requireReviewAccess(assessmentId);
  const query = ReviewQuerySchema.parse(rawQuery);
  const [context, history, locale, t] = await Promise.all([getReviewContext(assessment.id), listAssessmentHistory(assessment.id), getLocale(), getTranslator()]);
  if (!context) notFound();
  const formats = await getFormats();
  const { revision } = context;
  const questionnaire = revision ? getPublishedQuestionnaire(revision.questionnaireVersionId) : null;
  if (revision && !questionnaire) throw new Error(`questionnaire ${revision.questionnaireVersionId} is not shipped`);
  const text = questionnaire ? textForLocale(questionnaire.texts, locale, questionnaire.structure.defaultLocale) : null;

  const header = (
    <>
      <nav aria-label={t("review.breadcrumbs")} className="breadcrumbs">
        {context.assessment.programmeId && context.assessment.programmeName ? (
          <>
            <Link href={`/officer/programmes/${context.assessment.programmeId}`}>{context.assessment.programmeName}</Link>
            {" › "}
            <Link href={`/officer/programmes/${context.assessment.programmeId}/queue`}>{t("review.queueLink")}</Link>
          </>
        ) : (
          <Link href="/officer">{t("review.officerHome")}</Link>
        )}
      </nav>
      <h1>{t("review.heading", { firm: context.firm.name })}</h1>
      <dl className="summary">
        <dt>{t("review.status")}</dt>
        <dd>
          <AssessmentStatusTag status={context.assessment.status} t={t} testId="review-status" />
        </dd>
      </dl>
    </>
  );

  if (!revision || !questionnaire || !text) {
    return (
      <>
        {header}
        <p className="notice">{t("review.notSubmitted")}</p>
        <FirmProfile t={t} firm={context.firm} programmeName={context.assessment.programmeName} />
        <HistoryTable t={t} formats={formats} text={null} entries={history} />
      </>
    );
  }

  const { structure } = questionnaire;
  const open = isReviewOpen(context.assessment.status) && context.assessment.latestSubmittedRevision === revision.number;
  const decision = context.decisions.find((d) => d.revisionNumber === revision.number) ?? null;
  const storedValidated = decision?.decision === "approved" ? (decision.validatedScores?.result ?? null) : null;
  const validatedResult = storedValidated ?? scoreValidatedSubmission(structure, revision.answers, context.validations, context.programmeTargets).result;
  const validationsById = new Map(context.validations.map((v) => [v.indicatorId, v]));
  const formTarget = { assessmentId: context.assessment.id, revision: revision.number };

  const commentsOn = (dimensionId: string | null) =>
    context.comments.filter((c) => c.dimensionId === dimensionId);
  const pagePath = `/officer/assessments/${context.assessment.id}/review`;
  const messages = open ? await getFormMessages("review.errors") : null;
  const formOf = (action: typeof addCommentAction) => (messages ? { action, messages, pagePath, ...formTarget } : null);

  const visibleDimensions = listVisibleDimensions(structure, revision.answers);
  // Dimensions the firm rated apart: the spread and the agreed levels are kept with the revision.
  const ratedApart = new Map(
    (await listAgreedRoundRecords(revision.id, (id) => visibleDimensions.find((d) => d.dimension.id === id)?.indicators.map((i) => i.id) ?? [])).map((record) => [record.round.dimensionId, record]),
  );
  const facts: ReviewFacts = { firmLevels: revision.answers.levels, validatedLevels: new Map(context.validations.map((v) => [v.indicatorId, v.validatedLevel])) };
  const revisionComments = context.comments.filter((c) => c.revisionNumber === revision.number);
  const summary = summariseReview(facts, revisionComments.length);
  const dimensionTitle = (dimensionId: string) => text.dimensions[dimensionId]?.title ?? dimensionId;
  const toConfirmIn = (indicators: readonly { id: string }[]) => indicatorsToConfirm(indicators.map((i) => i.id), facts).length;
  const contents: ContentsFactor[] = [];
  for (const { factorId, dimension, indicators } of visibleDimensions) {
    let factor = contents.find((f) => f.id === factorId);
    if (!factor) contents.push((factor = { id: factorId, title: text.factors[factorId]?.title ?? factorId, dimensions: [] }));
    factor.dimensions.push({
      id: dimension.id,
      title: dimensionTitle(dimension.id),
      anchor: dimensionAnchor(dimension.id),
      state: dimensionReviewState(
        indicators.map((i) => i.id),
        facts,
        revisionComments.filter((c) => c.dimensionId === dimension.id).length,
      ),
    });
  }
  // Said in the confirmation, so an approval with dimensions nobody looked at is a choice, not an oversight.
  const dimensionStates = contents.flatMap((factor) => factor.dimensions.map((d) => d.state));
  const dimensionCount = dimensionStates.length;
  const unreviewed = dimensionStates.filter((state) => state.marks.includes("not-looked-at")).length;
  // The firm's improvement plan (the firm's, across assessments): read-only here, with the officers' comments on it.
  const [plan, planComments, planMessages] = await Promise.all([loadFirmPlan(assessment.firmId, locale), listPlanCommentsForFirm(assessment.firmId), getFormMessages("planView.comments.errors")]);
  const nextSubmission = query.done && context.assessment.programmeId ? await findNextSubmission(context.assessment.programmeId, context.assessment.id) : null;

  // Who gave each level of the revision under review (its history is frozen with it).
  const latestAnswers = await listLatestAnswerChanges(revision.id, visibleDimensions.flatMap(({ indicators }) => indicators.map((i) => `levels.${i.id}`)));
  const answeredBy = (indicatorId: string) => {
    const change = latestAnswers.get(`levels.${indicatorId}`);
    return change && change.value !== null ? { name: change.byName, at: change.at } : undefined;
  };

  const changeRows = context.previousRevision
    ? describeRevisionChanges(diffRevisions(structure, context.previousRevision.answers, revision.answers), text, changeLabels(t))
    : null;

  return (
    <>
      {header}
      <p className="results-meta">{t("review.revisionLine", { revision: revision.number, date: formats.date(revision.submittedAt) })}</p>
      <p className="results-download">
        <a href={`/assessments/${context.assessment.id}/revisions/${revision.number}/report`} download data-testid="report-download">
          {t("report.downloadRevision", { revision: revision.number })}
        </a>
      </p>
      <p>
        {/* The firm's results page: focus areas, recommendations, peers and progress since its previous assessment. */}
        <Link href={`/assessments/${context.assessment.id}/results?revision=${revision.number}`}>{t("review.resultsLink", { revision: revision.number })}</Link>
      </p>
      {query.done === "approved" || query.done === "returned" ? (
        <div className="notice notice--success review-done" role="status">
          <p>{t(query.done === "approved" ? "review.decision.approvedDone" : "review.decision.returnedDone")}</p>
          {context.assessment.programmeId ? (
            <NextSubmissionOffer
              t={t}
              next={nextSubmission ? { href: `/officer/assessments/${nextSubmission.assessmentId}/review`, firm: nextSubmission.firmName, days: daysWaiting(nextSubmission.lastSubmittedAt, new Date(), formats.isoDay) } : null}
              queueHref={`/officer/programmes/${context.assessment.programmeId}/queue`}
            />
          ) : null}
        </div>
      ) : null}
      {decision ? <DecisionSummary t={t} formats={formats} decision={decision} /> : null}

      <div className="review-layout">
        <ReviewContents t={t} factors={contents} scoresAnchor="scores-heading" generalAnchor={commentsAnchor("general")} />
        <div className="review-main">
      <FirmProfile t={t} firm={context.firm} firmNow={context.firmNow} programmeName={context.assessment.programmeName} profile={{ structure, text, answers: revision.answers }} />
      <ScoreComparisonTable t={t} text={text} formats={formats} rows={compareScores(revision.scores.result, validatedResult)} stored={storedValidated !== null} />
      {changeRows && context.previousRevision ? <ChangesTable t={t} rows={changeRows} before={context.previousRevision.number} after={revision.number} /> : null}

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t("review.answers.title")}</h2>
        <p>{t("review.answers.intro")}</p>
        {visibleDimensions.map(({ factorId, dimension, indicators }) => (
          <section key={dimension.id} id={dimensionAnchor(dimension.id)} className="review-dimension" aria-labelledby={`${dimensionAnchor(dimension.id)}-heading`}>
            <h3 id={`${dimensionAnchor(dimension.id)}-heading`}>
              <span className="review-dimension__factor">{text.factors[factorId]?.title}</span> {text.dimensions[dimension.id]?.title ?? dimension.id}
            </h3>
            {messages ? (
              <ConfirmDimensionForm
                action={confirmDimensionAction}
                messages={messages}
                permalink={`${pagePath}#${dimensionAnchor(dimension.id)}`}
                target={{ assessmentId: formTarget.assessmentId, revision: formTarget.revision, dimensionId: dimension.id }}
                done={toConfirmIn(indicators) === 0}
                labels={{
                  submit: t("review.answers.confirmDimension", { count: toConfirmIn(indicators), dimension: dimensionTitle(dimension.id) }),
                  submitting: t("review.answers.confirming"),
                  done: t("review.answers.allValidated", { dimension: dimensionTitle(dimension.id) }),
                  summaryTitle: t("errors.summaryTitle"),
                }}
              />
            ) : null}
            {indicators.map((indicator) => (
              <IndicatorReview
                key={indicator.id}
                t={t}
                formats={formats}
                text={text}
                indicatorId={indicator.id}
                firmLevel={revision.answers.levels[indicator.id]}
                firmNote={revision.answers.notes[indicator.id]}
                validation={validationsById.get(indicator.id) ?? null}
                answeredBy={answeredBy(indicator.id)}
                form={formOf(validateIndicatorAction)}
              />
            ))}
            {ratedApart.has(dimension.id) ? <RatedApartRecord t={t} formats={formats} text={text} record={ratedApart.get(dimension.id)!} /> : null}
            <CommentSection
              t={t}
              formats={formats}
              target={dimension.id}
              title={t("review.comments.dimensionTitle", { dimension: text.dimensions[dimension.id]?.title ?? dimension.id })}
              fieldLabel={t("review.comments.fieldOn", { dimension: text.dimensions[dimension.id]?.title ?? dimension.id })}
              headingLevel={4}
              comments={commentsOn(dimension.id)}
              form={formOf(addCommentAction)}
            />
          </section>
        ))}
      </section>

      <CommentSection
        t={t}
        formats={formats}
        target="general"
        title={t("review.comments.generalTitle")}
        fieldLabel={t("review.comments.field")}
        headingLevel={2}
        comments={commentsOn(null)}
        form={formOf(addCommentAction)}
      />

      <PlanReviewSection
        t={t}
        formats={formats}
        actions={plan.actions}
        instrumentName={plan.instrumentName}
        comments={planComments}
        dimensionOrder={structure.factors.flatMap((f) => f.dimensions.map((d) => d.id))}
        dimensionName={dimensionTitle}
        form={{ action: addPlanCommentAction, messages: planMessages, assessmentId: context.assessment.id, pagePath }}
      />

          <HistoryTable t={t} formats={formats} text={text} entries={history} />
          {/* Last in the page, as it sits at the foot of the viewport: the decision closes the review. */}
          {messages ? (
            <DecisionBar
              approveAction={approveAction}
              returnAction={returnAction}
              messages={messages}
              target={formTarget}
              pagePath={pagePath}
              confirm={query.confirm ?? null}
              summary={[
                t("review.decision.summaryIndex", { validated: formats.index(validatedResult.index.value), selfAssessed: formats.index(revision.scores.result.index.value) }),
                t("review.decision.summaryLevels", { validated: summary.validated, adjusted: summary.adjusted }),
                t("review.decision.summaryComments", { count: summary.comments }),
                ...(unreviewed > 0 ? [t("review.decision.summaryNotLookedAt", { count: unreviewed, total: dimensionCount })] : []),
              ]}
              labels={{
                bar: t("review.decision.bar"),
                openApprove: t("review.decision.openApprove"),
                openReturn: t("review.decision.openReturn"),
                cancel: t("review.decision.cancel"),
                approve: { title: t("review.decision.confirmApproveTitle"), lead: t("review.decision.approveLead"), submit: t("review.decision.approve"), submitting: t("review.decision.approving"), summaryTitle: t("errors.summaryTitle") },
                return: {
                  title: t("review.decision.confirmReturnTitle"),
                  reason: t("review.decision.reasonField"),
                  reasonHint: t("review.decision.reasonHint"),
                  submit: t("review.decision.return"),
                  submitting: t("review.decision.returning"),
                  summaryTitle: t("errors.summaryTitle"),
                },
              }}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
