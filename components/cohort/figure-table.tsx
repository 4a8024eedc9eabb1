import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n";

/**
 * A table's scrolling wrapper: on a narrow screen a wide table scrolls sideways inside it, so the
 * wrapper takes keyboard focus (and is named by the table's caption) to be scrollable without a mouse.
 */
export function TableWrap({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="group" aria-labelledby={captionId}>
      {children}
    </div>
  );
}

/** The numbers behind a chart, as a table inside a details element (open it to read them). */
export function FigureTable({ id, caption, children, t }: { id: string; caption: string; children: ReactNode; t: Translate }) {
  return (
    <details className="cohort-table-details">
      <summary>{t("cohort.showTable")}</summary>
      <TableWrap captionId={`${id}-caption`}>
        <table className="cohort-table" id={id}>
          <caption id={`${id}-caption`}>{caption}</caption>
          {children}
        </table>
      </TableWrap>
    </details>
  );
}

/** The caution shown with a figure over fewer than five firms. */
export function SmallNCaution({ n, minimum, t }: { n: number; minimum: number; t: Translate }) {
  if (n === 0 || n >= minimum) return null;
  return (
    <p className="cohort-caution" role="note">
      {t("cohort.smallN", { count: n, minimum })}
    </p>
  );
}
