import Link from "next/link";

type Props = {
  /** The navigation's accessible name, e.g. "Pages". */
  label: string;
  /** The page shown; a page past the end counts as the last. */
  page: number;
  pages: number;
  /** The link to another page, keeping the list's filters and sort in the query string. */
  hrefFor: (page: number) => string;
  /** Translated texts: the links and the "Page 2 of 5" line (already filled in). */
  previous: string;
  next: string;
  pageOf: string;
};

/**
 * Previous/next links for a paged list, with the current page between them. Plain links, so paging
 * works without JavaScript; nothing is shown for a single page.
 */
export function Pagination({ label, page, pages, hrefFor, previous, next, pageOf }: Props) {
  if (pages <= 1) return null;
  const current = Math.min(Math.max(page, 1), pages);
  return (
    <nav aria-label={label} className="pagination">
      {current > 1 ? (
        <Link href={hrefFor(current - 1)} rel="prev">
          {previous}
        </Link>
      ) : null}
      <span aria-current="page">{pageOf}</span>
      {current < pages ? (
        <Link href={hrefFor(current + 1)} rel="next">
          {next}
        </Link>
      ) : null}
    </nav>
  );
}
