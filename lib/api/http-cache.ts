// Caching policy of the public API. Published questionnaire versions are immutable (a change
// means a new version id), so anything addressed by version can be cached for good; what
// "current" means changes when a new version ships, so those answers are cached briefly and
// revalidated with their ETag.

export const cacheControl = {
  /** A response addressed by a published version: never changes. */
  immutable: "public, max-age=31536000, immutable",
  /** A response that follows the current version: fresh for 5 minutes, then revalidated (stale for up to an hour meanwhile). */
  current: "public, max-age=300, stale-while-revalidate=3600",
  /** The catalogue changes when an admin or officer edits it; a minute's delay is acceptable. */
  catalogue: "public, max-age=60",
  /** The OpenAPI document changes only with a deployment. */
  document: "public, max-age=300",
} as const;

/** A strong entity tag for an opaque value (no double quotes inside). */
export function strongEtag(value: string): string {
  return `"${value}"`;
}

/**
 * Whether an If-None-Match header matches `etag`, by the weak comparison RFC 9110 prescribes
 * for it: "*" matches anything, and W/"x" matches "x".
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  for (const match of header.matchAll(/(?:W\/)?("[^"]*")/g)) if (match[1] === opaque) return true;
  return false;
}
