import type { Translate } from "@/lib/i18n";
import type { Formats } from "@/lib/i18n/format";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { RoundRecord } from "@/lib/server/rating/load-rating";
import { SpreadTable } from "./spread-table";

/** A dimension the firm rated apart, kept with the revision: each rater's level, the agreed level and the note. */
export function RatedApartRecord({ t, formats, text, record }: { t: Translate; formats: Formats; text: QuestionnaireText; record: RoundRecord }) {
  const { round, spread } = record;
  const agreements = new Map(round.agreements.map((a) => [a.indicatorId, a]));
  const levelLabel = (indicatorId: string, level: number) => t("rating.level", { level, label: text.indicators[indicatorId]?.levels[level]?.label ?? "" });
  const headingId = `rated-apart-${round.dimensionId}`;
  const last = round.agreements.reduce<(typeof round.agreements)[number] | null>((latest, a) => (!latest || a.agreedAt > latest.agreedAt ? a : latest), null);
  return (
    <section aria-labelledby={headingId} data-testid="rated-apart-record">
      <h4 id={headingId}>{t("rating.reviewTitle")}</h4>
      <p>{t("rating.reviewLead")}</p>
      <SpreadTable
        id={`${headingId}-table`}
        raters={round.raters}
        rows={spread.map((row) => {
          const agreed = agreements.get(row.indicatorId);
          return { ...row, question: text.indicators[row.indicatorId]?.question ?? row.indicatorId, agreed: agreed ? { level: levelLabel(row.indicatorId, agreed.agreedLevel), note: agreed.note } : null };
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
      {last ? <p>{t("rating.agreedBy", { name: last.agreedByName, date: formats.date(last.agreedAt) })}</p> : null}
    </section>
  );
}
