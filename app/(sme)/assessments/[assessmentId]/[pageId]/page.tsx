import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { notFound, redirect } from "next/navigation";
import { AnswerAuthorship } from "@/components/questionnaire/answer-authorship";
import { AutosaveIsland } from "@/components/questionnaire/autosave-island";
import { ConflictNotice } from "@/components/questionnaire/conflict-notice";
import { LevelGuide, LevelOptions } from "@/components/questionnaire/level-options";
import { NoteField } from "@/components/questionnaire/note-field";
import { PageForm } from "@/components/questionnaire/page-form";
import { ProfileQuestionField } from "@/components/questionnaire/profile-question-field";
import { OfficerFeedback } from "@/components/revise/officer-feedback";
import { OfficerValidationNote } from "@/components/revise/officer-validation-note";
import { requireRevisionAccess } from "@/lib/auth/guards";
import { listAnswerHistory, listLatestAnswerChanges } from "@/lib/db/queries/answer-history";
import { getProgrammeTargets } from "@/lib/db/queries/programmes";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { fieldDomId, pickFields } from "@/lib/questionnaire/answer-fields";
import { listFieldRules } from "@/lib/questionnaire/field-rules";
import { pageProgress } from "@/lib/questionnaire/page-progress";
import { listPages } from "@/lib/questionnaire/pages";
import { chooseRevisePage, listAdjustedValidations, listFlaggedDimensionIds } from "@/lib/review/returned-feedback";
import { listVisibleDimensions, listVisibleProfileQuestions } from "@/lib/questionnaire/visible-items";
import { currentDimensionLevel, defaultTargetLevel } from "@/lib/scoring/dimension-level";
import { describeConflictAuthors } from "@/lib/server/assessments/conflict-authors";
import { loadAssessment } from "@/lib/server/assessments/load-assessment";
import { findPageLock } from "@/lib/server/assessments/section-assignments";
import { RatedApartNotice } from "@/components/rating/rated-apart-notice";
import { listDimensionsRatedApart } from "@/lib/server/rating/rated-apart";
import { firmRoleMay } from "@/lib/firms/team-roles";
import { savePageAction } from "./actions";
import { autosaveLabels } from "./autosave-labels";
import { choiceTexts, clientFields, formValues } from "./client-fields";
import { JumpList } from "@/components/questionnaire/jump-list";
import { describeAnswerField as describeField } from "@/lib/questionnaire/describe-field";

export const metadata: Metadata = { title: "Assessment" };

type Props = {
  params: Promise<{ assessmentId: string; pageId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const listParam = (value: unknown) => (typeof value === "string" && value ? value.split(",").slice(0, 100) : []);

/** GET /assessments/:id/:pageId — one questionnaire page (profile, a dimension, or targets); the firm's own SME manager. */
export default async function QuestionPage({ params, searchParams }: Props) {
  const [{ assessmentId, pageId }, query] = await Promise.all([params, searchParams]);
  const { user, assessment, feedback, memberRole } = await requireRevisionAccess(assessmentId);
  const [{ revision, questionnaire, text, editable }, t, formats] = await Promise.all([loadAssessment(assessment), getTranslator(), getFormats()]);
  if (!editable) redirect(`/assessments/${assessment.id}`);

  const { structure } = questionnaire;
  const answers = revision.answers;
  const pages = listPages(structure, answers);
  const index = pages.findIndex((p) => p.id === pageId);
  const page = pages[index];
  if (!page) notFound();

  // A contributor reads the pages not assigned to them; the save paths refuse them too (decision 026).
  const lock = await findPageLock(user, memberRole, assessment.id, page.id);
  const fields = listFieldRules(structure, answers, page);
  const fieldNames = fields.map((f) => f.field);
  // Refused answers come back in the save action's answer (PageForm); conflicts after a redirect.
  const conflicts = listParam(query.conflicts).filter((f) => fieldNames.includes(f));
  const conflictAuthors = conflicts.length > 0 ? await describeConflictAuthors(revision.id, conflicts) : {};
  const sectionTitle = text.sections[page.sectionId]?.title ?? "";
  const title = page.kind === "dimension" ? (text.dimensions[page.dimensionId]?.title ?? page.dimensionId) : sectionTitle;

  // While the firm revises a returned assessment, the officer's reason (once, on the page revising
  // starts from) and the comments on this dimension sit above its questions; adjusted levels beside them.
  const officerComments = feedback && page.kind === "dimension" ? feedback.comments.filter((c) => c.dimensionId === page.dimensionId) : [];
  const showsReason = feedback ? chooseRevisePage(pages, listFlaggedDimensionIds(structure, feedback)) === page.id : false;
  const adjusted = new Map((feedback ? listAdjustedValidations(feedback) : []).map((v) => [v.indicatorId, v]));

  // A dimension being rated apart takes its levels from the rating page (decision 028).
  const ratingHref = page.kind === "dimension" ? `/assessments/${assessment.id}/rating/${page.dimensionId}` : null;
  const ratedApart = page.kind === "dimension" && (await listDimensionsRatedApart(revision.id)).includes(page.dimensionId);

  let body: React.ReactNode;
  // The targets page shows the proposed target where none is saved; the form's values must match.
  const targetDefaults: Record<string, string> = {};
  if (page.kind === "profile") {
    body = listVisibleProfileQuestions(structure, answers).map((question) => (
      <ProfileQuestionField
        key={question.id}
        question={question}
        text={text.profile[question.id] ?? { label: question.id }}
        value={answers.profile[question.id]}
        yesNo={{ yes: t("assessment.yes"), no: t("assessment.no") }}
        chooseLabel={t("signUp.choose")}
        limitReason={question.type === "multi-select" && question.maxSelected !== undefined ? t("assessment.tooManyReason", { max: question.maxSelected }) : undefined}
      />
    ));
  } else if (page.kind === "dimension") {
    const dimension = listVisibleDimensions(structure, answers).find((d) => d.dimension.id === page.dimensionId);
    const indicatorIds = dimension?.indicators.map((i) => i.id) ?? [];
    const levelFields = indicatorIds.map((id) => `levels.${id}`);
    // Who answered each indicator, and each one's history (level and note), newest first.
    const [latest, history] = await Promise.all([
      listLatestAnswerChanges(revision.id, levelFields),
      listAnswerHistory(revision.id, [...levelFields, ...indicatorIds.map((id) => `notes.${id}`)]),
    ]);
    body = (
      <>
        <p className="lead">{text.dimensions[page.dimensionId]?.description}</p>
        {dimension?.indicators.map((indicator) => {
          const indicatorText = text.indicators[indicator.id];
          if (!indicatorText) return null;
          const describe = `${fieldDomId(`levels.${indicator.id}`)}-level`;
          const validation = adjusted.get(indicator.id);
          return (
            <Fragment key={indicator.id}>
              <div className="indicator">
                <LevelOptions
                  field={`levels.${indicator.id}`}
                  legend={indicatorText.question}
                  hint={indicatorText.help}
                  levels={indicatorText.levels}
                  value={answers.levels[indicator.id]}
                  compact={{ descriptionIds: describe }}
                />
                {validation ? <OfficerValidationNote t={t} validation={validation} levelLabel={indicatorText.levels[validation.validatedLevel]?.label ?? ""} /> : null}
                <NoteField field={`notes.${indicator.id}`} label={t("assessment.noteLabel")} hint={t("assessment.noteHint")} value={answers.notes[indicator.id]} />
                <AnswerAuthorship
                  t={t}
                  formats={formats}
                  latest={latest.get(`levels.${indicator.id}`)}
                  history={history.filter((h) => h.field === `levels.${indicator.id}` || h.field === `notes.${indicator.id}`)}
                  levels={indicatorText.levels}
                />
              </div>
              {/* After the note: Tab from the levels reaches the note first, as before the short layout. */}
              <LevelGuide label={t("assessment.levelGuide")} levels={indicatorText.levels} descriptionIds={describe} />
            </Fragment>
          );
        })}
      </>
    );
  } else {
    const programmeTargets = await getProgrammeTargets(assessment.programmeId);
    const scale = text.scale.map((s) => ({ label: s.label, descriptor: s.description }));
    const scaleId = "targets-scale";
    const targetFields = listVisibleDimensions(structure, answers).map(({ dimension, indicators }) => {
      const current = currentDimensionLevel(indicators, answers.levels);
      const proposed = defaultTargetLevel(current, programmeTargets[dimension.id]);
      targetDefaults[`targets.${dimension.id}`] = String(answers.targets[dimension.id] ?? proposed);
      return (
        <LevelOptions
          key={dimension.id}
          field={`targets.${dimension.id}`}
          legend={text.dimensions[dimension.id]?.title ?? dimension.id}
          note={
            current === null
              ? t("assessment.targetNoteUnrated", { proposed })
              : t("assessment.targetNote", { current: formats.score(current), proposed })
          }
          levels={scale}
          value={answers.targets[dimension.id] ?? proposed}
          belowToday={current === null ? undefined : { current, message: t("assessment.targetBelowToday") }}
          compact={{ descriptionIds: scaleId, ...(current === null ? {} : { today: { level: Math.floor(current), mark: t("assessment.todayMark") } }) }}
        />
      );
    });
    // One guide for the generic scale every target uses.
    body = (
      <>
        <LevelGuide label={t("assessment.levelGuide")} levels={scale} descriptionIds={scaleId} />
        {targetFields}
      </>
    );
  }

  return (
    <>
      <nav aria-label={t("assessment.breadcrumbs")} className="breadcrumbs">
        <Link href={`/assessments/${assessment.id}`}>{t("assessment.overviewTitle")}</Link>
      </nav>
      <p className="progress">
        {t("assessment.pageProgress", { current: index + 1, total: pages.length })} · {sectionTitle}
      </p>
      <h1>{title}</h1>
      {ratingHref && ratedApart ? <RatedApartNotice t={t} href={ratingHref} ratedApart mayOpen={false} /> : null}
      <PageForm
        action={savePageAction}
        formId="answers-form"
        fields={clientFields(fields, structure, text, t)}
        values={{ ...formValues(fields, answers), ...(page.kind === "targets" ? targetDefaults : {}) }}
        labels={{ summaryTitle: t("errors.summaryTitle"), conflictTitle: t("assessment.conflictTitle"), conflictLead: t("assessment.conflictNoJs") }}
        lead={
          <>
            <OfficerFeedback
              t={t}
              date={formats.date}
              reason={feedback && showsReason ? { body: feedback.reason, decidedAt: feedback.decidedAt, general: feedback.comments.filter((c) => c.dimensionId === null) } : null}
              comments={officerComments}
            />
            {query.refused === "not-assigned" ? (
              <div className="notice notice--error" role="alert">
                {t("assignments.saveRefused")}
              </div>
            ) : null}
            {lock ? (
              <p className="notice" data-testid="page-lock">
                {lock.assignees.length > 0 ? t("assignments.readOnlyAssigned", { names: lock.assignees.join(", ") }) : t("assignments.readOnlyNobody")}
              </p>
            ) : null}
            <ConflictNotice
              title={t("assessment.conflictTitle")}
              lead={t("assessment.conflictNoJs")}
              conflicts={conflicts.map((field) => ({ field, label: describeField(field, text, (question) => t("assessment.noteOn", { question })), by: conflictAuthors[field] }))}
            />
            <AutosaveIsland
              assessmentId={assessment.id}
              formId={lock ? undefined : "answers-form"}
              labels={autosaveLabels(t)}
              progress={pageProgress(structure, answers, page)}
              describe={choiceTexts(fields, structure, text, t)}
              jumpList={
                <JumpList
                  label={t("assessment.jumpTo")}
                  current={page.id}
                  pages={pages.map((p) => ({ href: `/assessments/${assessment.id}/${p.id}`, id: p.id, title: p.kind === "dimension" ? (text.dimensions[p.dimensionId]?.title ?? p.id) : (text.sections[p.sectionId]?.title ?? p.id) }))}
                />
              }
            />
          </>
        }
      >
        <input type="hidden" name="assessmentId" value={assessment.id} />
        <input type="hidden" name="pageId" value={page.id} />
        <input type="hidden" name="baseVersion" value={revision.version} />
        <input type="hidden" name="baseAnswers" value={JSON.stringify(pickFields(answers, fieldNames))} />
        {lock ? (
          <fieldset disabled className="read-only-page">
            <legend className="visually-hidden">{title}</legend>
            {body}
          </fieldset>
        ) : (
          body
        )}
        {lock ? (
          <div className="question-nav">
            {pages[index + 1] ? (
              <Link className="button" href={`/assessments/${assessment.id}/${pages[index + 1]!.id}`}>
                {t("assignments.nextPage")}
              </Link>
            ) : null}
            <Link href={`/assessments/${assessment.id}`}>{t("assessment.overviewTitle")}</Link>
          </div>
        ) : (
        <div className="question-nav">
          <button type="submit" name="intent" value="next" className="button">
            {t("assessment.saveAndContinue")}
          </button>
          {index > 0 ? (
            <button type="submit" name="intent" value="previous" className="button button--secondary">
              {t("assessment.previous")}
            </button>
          ) : null}
          <button type="submit" name="intent" value="overview" className="link-button">
            {t("assessment.saveAndOverview")}
          </button>
        </div>
        )}
      </PageForm>
      {/* After the questions, so the page's keyboard path through its answers is unchanged. */}
      {ratingHref && !ratedApart ? <RatedApartNotice t={t} href={ratingHref} ratedApart={false} mayOpen={memberRole !== null && firmRoleMay(memberRole, "submit")} /> : null}
    </>
  );
}
