import type { ChangeRow } from "@/lib/review/describe-changes";

type Props = {
  rows: readonly ChangeRow[];
  /** Words already in the reader's language: the firm's check page and the officer's review page head the columns differently. */
  caption: string;
  itemHeading: string;
  beforeHeading: string;
  afterHeading: string;
};

/** One row per changed answer, before and after: the table the review page and the firm's check page share. */
export function ChangeRowsTable({ rows, caption, itemHeading, beforeHeading, afterHeading }: Props) {
  return (
    <div className="table-wrap">
      <table className="review-changes">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{itemHeading}</th>
            <th scope="col">{beforeHeading}</th>
            <th scope="col">{afterHeading}</th>
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
  );
}
