import { ChangeRowsTable } from "@/components/review/change-rows-table";
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
          <ChangeRowsTable
            rows={rows}
            caption={t("returned.changes.caption", { revision })}
            itemHeading={t("returned.changes.colItem")}
            beforeHeading={t("returned.changes.colBefore", { revision })}
            afterHeading={t("returned.changes.colAfter")}
          />
        </>
      )}
    </section>
  );
}
