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
import { getFormats, getFormMessages, getTranslator } from "@/lib/i18n/server";
import { AssignmentProgress } from "@/components/assessments/assignment-progress";
import { AssignSectionsForm } from "@/components/assessments/assign-sections-form";
import { loadAssignmentsView } from "@/lib/server/assessments/section-assignments";
import { assignSectionsAction, unassignSectionAction } from "./assignments/actions";
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
  const { user, assessment, memberRole } = await requireAssessmentAccess(assessmentId);
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
  // Assigned sections (decision 026): a manager assigns and follows everyone; a contributor starts on their own sections.
  const manages = memberRole === "manager";
  const [view, assignMessages] = await Promise.all([
    loadAssignmentsView(assessment.firmId, assessment.id, user.id, { structure, text, answers: revision.answers }),
    getFormMessages("assignments.errors"),
  ]);
  const mySections = view.sections.filter((s) => view.mine.includes(s.pageId));
  const me = view.people.find((p) => p.userId === user.id);
  const myNext = mySections.find((s) => s.answered < s.total) ?? mySections[0];
  const startHref = !manages && myNext ? `/assessments/${assessment.id}/${myNext.pageId}` : (reviseHref ?? resumeHref);
  const assignmentNotice = typeof query.assignments === "string" && Object.hasOwn(assignmentNotices, query.assignments) ? assignmentNotices[query.assignments] : undefined;
  const noticeMember = view.members.find((m) => m.userId === query.member);
  return (
    <>
      <h1>{text.title}</h1>
      <AutosaveIsland assessmentId={assessment.id} labels={autosaveLabels(t)} />
      {assignmentNotice ? (
        <div className={assignmentNotice.ok ? "notice notice--success" : "notice notice--error"} role={assignmentNotice.ok ? "status" : "alert"}>
          {t(assignmentNotice.key, { name: noticeMember?.name ?? "" })}
        </div>
      ) : null}
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
        <Link className="button" href={startHref}>
          {progress.some((p) => p.answered > 0) ? t("assessment.continue") : t("assessment.start")}
        </Link>
      </p>
      {!manages ? (
        <section aria-labelledby="your-sections-title" data-testid="your-sections">
          <h2 id="your-sections-title">{t("assignments.yourSectionsTitle")}</h2>
          {mySections.length === 0 ? (
            <p>{t("assignments.noneForYou")}</p>
          ) : (
            <>
              <p>{t("assignments.yourProgress", { completed: me?.completedPages ?? 0, pages: me?.pages ?? 0, answered: me?.answered ?? 0, questions: me?.total ?? 0 })}</p>
              <ol className="task-list">
                {mySections.map((section) => (
                  <li key={section.pageId}>
                    <Link href={`/assessments/${assessment.id}/${section.pageId}`}>{section.title}</Link>
                    <span className={`tag tag--${section.answered >= section.total ? "completed" : section.answered > 0 ? "in-progress" : "not-started"}`}>
                      {t("assignments.answeredOf", { answered: section.answered, total: section.total })}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
          <h2>{t("assignments.restTitle")}</h2>
          <p className="muted">{t("assignments.restLead")}</p>
        </section>
      ) : null}
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
      <AssignmentProgress t={t} assessmentId={assessment.id} view={view} unassignAction={manages ? unassignSectionAction : undefined} />
      {manages ? (
        <AssignSectionsForm
          action={assignSectionsAction}
          assessmentId={assessment.id}
          messages={assignMessages}
          members={view.members.map((m) => ({ value: m.userId, label: `${m.name} (${t(m.role === "manager" ? "team.roles.manager" : "team.roles.contributor")})` }))}
          sections={structure.sections.flatMap((section) => {
            const title = text.sections[section.id]?.title ?? section.id;
            if (section.kind !== "factor") return [{ value: section.id, label: title }];
            const dimensions = structure.factors.find((f) => f.id === section.factorId)?.dimensions ?? [];
            return [{ value: section.id, label: t("assignments.wholeFactor", { section: title }) }, ...dimensions.map((d) => ({ value: d.id, label: `${title}: ${text.dimensions[d.id]?.title ?? d.id}` }))];
          })}
          text={{
            title: t("assignments.title"),
            lead: t("assignments.lead"),
            members: t("assignments.members"),
            sections: t("assignments.sections"),
            submit: t("assignments.submit"),
            submitting: t("assignments.submitting"),
            errorSummaryTitle: t("errors.summaryTitle"),
          }}
        />
      ) : null}
    </>
  );
}

/** The notice after a "Remove" on an assignment (the redirect's `assignments` parameter). */
const assignmentNotices: Record<string, { key: MessageKey; ok: boolean } | undefined> = {
  unassigned: { key: "assignments.removed", ok: true },
  unchanged: { key: "assignments.unchanged", ok: true },
  "not-editable": { key: "assignments.notEditable", ok: false },
  "not-member": { key: "assignments.notMember", ok: false },
};
