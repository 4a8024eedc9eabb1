import { ChangeRowsTable } from "@/components/review/change-rows-table";
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
          <ChangeRowsTable
            rows={rows}
            caption={t("review.changes.caption", { before, after })}
            itemHeading={t("review.changes.colItem")}
            beforeHeading={t("review.changes.colBefore", { revision: before })}
            afterHeading={t("review.changes.colAfter", { revision: after })}
          />
        </>
      )}
    </section>
  );
}
