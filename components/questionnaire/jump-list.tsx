import Link from "next/link";

/** The questionnaire's pages, folded away in the sticky bar: one tap to any page (plain links, no JavaScript). */
export function JumpList({ label, current, pages }: { label: string; current: string; pages: { id: string; href: string; title: string }[] }) {
  return (
    <details className="jump-list">
      <summary>{label}</summary>
      <ol>
        {pages.map((page) => (
          <li key={page.id}>
            <Link href={page.href} aria-current={page.id === current ? "page" : undefined}>
              {page.title}
            </Link>
          </li>
        ))}
      </ol>
    </details>
  );
}
