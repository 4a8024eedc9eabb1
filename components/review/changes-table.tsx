import type { Translate } from "@/lib/i18n";
import type { ChangeRow } from "@/lib/review/describe-changes";

type Props = { t: Translate; rows: ChangeRow[]; before: number; after: number };

/** "What changed" between the previous submission and the one under review: one row per changed answer. */
export function ChangesTable({ t, rows, before, after }: Props) {
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t("review.changes.title", { revision: before })}</h2>
      {rows.length === 0 ? (
        <p>{t("review.changes.none")}</p>
      ) : (
        <>
          <p>{t("review.changes.intro")}</p>
          <div className="table-wrap">
            <table className="review-changes">
              <caption className="visually-hidden">{t("review.changes.caption", { before, after })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("review.changes.colItem")}</th>
                  <th scope="col">{t("review.changes.colBefore", { revision: before })}</th>
                  <th scope="col">{t("review.changes.colAfter", { revision: after })}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">
                      <span className="review-changes__group">{row.group}</span> {row.item}
                    </th>
                    <td className="review-text">{row.before}</td>
                    <td className="review-text">{row.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
