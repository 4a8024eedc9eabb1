import type { MessageKey, Translate } from "@/lib/i18n";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { ScoreComparisonRow } from "@/lib/review/score-comparison";
import type { ReviewFormats } from "./review-formats";

type Props = { t: Translate; text: QuestionnaireText; formats: ReviewFormats; rows: ScoreComparisonRow[]; stored: boolean };

/** Self-assessed and validated index, factor and dimension scores side by side, with the difference. */
export function ScoreComparisonTable({ t, text, formats, rows, stored }: Props) {
  const band = (id: string) => t(`bands.${id}.name` as MessageKey);
  const value = (row: ScoreComparisonRow, score: number) => (row.kind === "index" ? formats.index(score) : formats.score(score));
  const label = (row: ScoreComparisonRow) => {
    if (row.kind === "index") return t("review.scores.index");
    if (row.kind === "factor") return t("review.scores.factor", { factor: text.factors[row.id]?.title ?? row.id });
    return text.dimensions[row.id]?.title ?? row.id;
  };
  return (
    <section aria-labelledby="scores-heading">
      <h2 id="scores-heading">{t("review.scores.title")}</h2>
      <p>{t("review.scores.intro")}</p>
      <p className="muted">{stored ? t("review.scores.stored") : t("review.scores.provisional")}</p>
      <div className="table-wrap">
        <table className="review-scores">
          <caption className="visually-hidden">{t("review.scores.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("review.scores.colItem")}</th>
              <th scope="col">{t("review.scores.colSelf")}</th>
              <th scope="col">{t("review.scores.colValidated")}</th>
              <th scope="col">{t("review.scores.colDifference")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.id}`} className={`review-scores__${row.kind}`}>
                <th scope="row">{label(row)}</th>
                <td>{t("review.scores.scoreWithBand", { score: value(row, row.selfAssessed), band: band(row.selfAssessedBand) })}</td>
                <td>
                  {row.validated === null || row.validatedBand === null
                    ? t("review.scores.notValidated")
                    : t("review.scores.scoreWithBand", { score: value(row, row.validated), band: band(row.validatedBand) })}
                </td>
                <td className={row.difference ? "review-scores__changed" : undefined}>{row.difference === null ? "" : formats.difference(row.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
