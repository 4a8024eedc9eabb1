import type { Translate } from "@/lib/i18n";
import type { ChangeRow } from "@/lib/review/describe-changes";

type Props = { t: Translate; rows: readonly ChangeRow[]; returnedRevision: number };

/**
 * On the check page of a returned assessment: the answers the firm changed since the revision the
 * officer returned, so it sees what the officer will see before it submits again.
 */
export function ChangesSinceReturn({ t, rows, returnedRevision }: Props) {
  const revision = returnedRevision;
  return (
    <section aria-labelledby="changes-since-return-heading" className="changes-since-return">
      <h2 id="changes-since-return-heading">{t("returned.changes.title", { revision })}</h2>
      {rows.length === 0 ? (
        <p>{t("returned.changes.none", { revision })}</p>
      ) : (
        <>
          <p>{t("returned.changes.intro")}</p>
          <div className="table-wrap">
            <table className="review-changes">
              <caption className="visually-hidden">{t("returned.changes.caption", { revision })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("returned.changes.colItem")}</th>
                  <th scope="col">{t("returned.changes.colBefore", { revision })}</th>
                  <th scope="col">{t("returned.changes.colAfter")}</th>
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
