import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreeForm } from "@/components/rating/agree-form";
import { OpenRoundForm } from "@/components/rating/open-round-form";
import { RateForm } from "@/components/rating/rate-form";
import { SpreadTable } from "@/components/rating/spread-table";
import { requireAssessmentAccess } from "@/lib/auth/guards";
import { firmRoleMay } from "@/lib/firms/team-roles";
import type { MessageKey } from "@/lib/i18n";
import { getFormats, getFormMessages, getTranslator } from "@/lib/i18n/server";
import { levelValues } from "@/lib/questionnaire/levels";
import { loadRatingPage } from "@/lib/server/rating/load-rating";
import { agreeAction, openRoundAction, rateAction } from "./actions";
import { maxAgreementNoteLength } from "./schema";

export const metadata: Metadata = { title: "Rate apart" };

type Props = {
  params: Promise<{ assessmentId: string; dimensionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const notices = ["opened", "saved", "handedIn", "agreedSome", "agreedAll"] as const;

/**
 * GET /assessments/:id/rating/:dimensionId — one dimension rated apart: the manager opens a round
 * and later agrees the levels from the spread; each rater rates here without the others' levels.
 * The firm's members only (officers read the outcome on the review page).
 */
export default async function RatingPage({ params, searchParams }: Props) {
  const [{ assessmentId, dimensionId }, query] = await Promise.all([params, searchParams]);
  const { user, assessment, memberRole } = await requireAssessmentAccess(assessmentId, "edit");
  const leadsFirm = memberRole !== null && firmRoleMay(memberRole, "submit");
  const view = await loadRatingPage(assessment, dimensionId, { userId: user.id, leadsFirm });
  if (!view) notFound();
  const [t, formats, messages] = await Promise.all([getTranslator(), getFormats(), getFormMessages("rating")]);
  const { loaded, round, state } = view;
  const { text, editable } = loaded;
  const dimensionTitle = text.dimensions[dimensionId]?.title ?? dimensionId;
  const notice = notices.find((n) => n === query.notice);
  const question = (indicatorId: string) => text.indicators[indicatorId]?.question ?? indicatorId;
  const options = (indicatorId: string) =>
    levelValues.map((level) => ({ value: String(level), label: t("rating.level", { level, label: text.indicators[indicatorId]?.levels[level]?.label ?? "" }) }));
  const levelLabel = (indicatorId: string) => (level: number) => t("rating.level", { level, label: text.indicators[indicatorId]?.levels[level]?.label ?? "" });
  const agreements = new Map((round?.agreements ?? []).map((a) => [a.indicatorId, a]));
  const summaryTitle = t("errors.summaryTitle");

  return (
    <>
      <nav aria-label={t("assessment.breadcrumbs")} className="breadcrumbs">
        <Link href={`/assessments/${assessment.id}`}>{t("assessment.overviewTitle")}</Link>
      </nav>
      <h1>{t("rating.pageTitle", { dimension: dimensionTitle })}</h1>
      <p className="lead">{t("rating.lead")}</p>
      {notice ? (
        <div className="notice notice--success" role="status">
          {t(`rating.notices.${notice}`)}
        </div>
      ) : null}

      {!round ? (
        leadsFirm && editable ? (
          <OpenRoundForm
            action={openRoundAction}
            assessmentId={assessment.id}
            dimensionId={dimensionId}
            messages={messages}
            members={view.members.map((m) => ({ value: m.userId, label: `${m.name} (${t(`team.roles.${m.role}` as MessageKey)})` }))}
            text={{ title: t("rating.openTitle"), lead: t("rating.openLead"), raters: t("rating.raters"), submit: t("rating.open"), submitting: t("rating.opening"), errorSummaryTitle: summaryTitle }}
          />
        ) : (
          <p>{t("rating.notManagerCannotOpen")}</p>
        )
      ) : (
        <>
          <section aria-labelledby="raters-title">
            <h2 id="raters-title">{t("rating.whoTitle")}</h2>
            <ul>
              {round.raters.map((rater) => (
                <li key={rater.userId}>
                  {rater.name}: {rater.finishedAt ? t("rating.raterFinished") : t("rating.raterRating")}
                </li>
              ))}
            </ul>
            {view.visible !== "all" ? <p>{t("rating.levelsHidden")}</p> : null}
          </section>

          {view.isRater && state === "open" && !view.finished && editable ? (
            <RateForm
              action={rateAction}
              assessmentId={assessment.id}
              dimensionId={dimensionId}
              messages={messages}
              indicators={view.indicatorIds.map((id) => ({ id, question: question(id), options: options(id), level: view.ownLevels[id] ?? null }))}
              text={{ title: t("rating.rateTitle"), lead: t("rating.rateLead"), chooseLevel: t("rating.chooseLevel"), finish: t("rating.finish"), submit: t("rating.save"), submitting: t("rating.saving"), errorSummaryTitle: summaryTitle }}
            />
          ) : null}

          {view.isRater && view.visible === "own" ? (
            <section aria-labelledby="own-title">
              <h2 id="own-title">{t("rating.yourLevel")}</h2>
              {view.finished ? <p>{t("rating.finished")}</p> : null}
              <ul>
                {view.indicatorIds.map((id) => (
                  <li key={id}>
                    {question(id)}: {view.ownLevels[id] === undefined ? t("rating.notRated") : levelLabel(id)(view.ownLevels[id]!)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {view.spread ? (
            <section aria-labelledby="spread-title">
              <h2 id="spread-title">{t("rating.spreadTitle")}</h2>
              <SpreadTable
                id="rating-spread"
                raters={round.raters}
                rows={view.spread.map((row) => {
                  const agreed = agreements.get(row.indicatorId);
                  return { ...row, question: question(row.indicatorId), agreed: agreed ? { level: levelLabel(row.indicatorId)(agreed.agreedLevel), note: agreed.note } : null };
                })}
                levelLabel={(level) => String(level)}
                text={{
                  caption: t("rating.spreadCaption"),
                  indicator: t("rating.indicator"),
                  range: t("rating.range"),
                  flag: t("rating.flag"),
                  flagged: (difference) => t("rating.flagged", { difference }),
                  notFlagged: t("rating.notFlagged"),
                  agreedLevel: t("rating.agreedLevel"),
                  note: t("rating.note"),
                  notRated: t("rating.notRated"),
                  noAgreement: t("rating.noAgreement"),
                }}
              />
              {round.agreements[0] && state === "agreed" ? <p>{t("rating.agreedBy", { name: round.agreements[0].agreedByName, date: formats.date(round.agreements[0].agreedAt) })}</p> : null}
            </section>
          ) : null}

          {leadsFirm && state === "open" ? <p>{t("rating.waitingForRaters")}</p> : null}
          {leadsFirm && state === "ready" && editable ? (
            <AgreeForm
              action={agreeAction}
              assessmentId={assessment.id}
              dimensionId={dimensionId}
              messages={messages}
              maxNoteLength={maxAgreementNoteLength}
              indicators={view.indicatorIds.map((id) => ({ id, label: t("rating.agreedLevelFor", { indicator: question(id) }), options: options(id), level: agreements.get(id)?.agreedLevel ?? null, note: agreements.get(id)?.note ?? null }))}
              text={{
                title: t("rating.agreeTitle"),
                lead: t("rating.agreeLead"),
                note: t("rating.noteFor"),
                chooseLevel: t("rating.chooseLevel"),
                submit: t("rating.agree"),
                submitting: t("rating.agreeing"),
                errorSummaryTitle: summaryTitle,
              }}
            />
          ) : null}
        </>
      )}
      <p>
        <Link href={`/assessments/${assessment.id}/${dimensionId}`}>{t("rating.backToQuestions")}</Link>
      </p>
    </>
  );
}
