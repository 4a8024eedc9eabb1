import Link from "next/link";

/** The body of 401/403/404 pages: what happened and a way on, nothing about the object asked for. */
export function StatusPage({ title, body, homeLabel }: { title: string; body: string; homeLabel: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link href="/">{homeLabel}</Link>
      </p>
    </>
  );
}
