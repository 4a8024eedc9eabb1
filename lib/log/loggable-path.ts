// The path a log line may show for a request: never the query string (it may carry anything a
// client put there), and never a secret carried in the path itself, such as the password-reset
// link's token (/reset-password/<token>).

const secretPathPrefixes = ["/reset-password/", "/invitations/"];

/** A long run of URL-safe random characters, as tokens are; ids (uuids) and slugs are shorter or have dashes. */
const tokenLikeSegment = /^[A-Za-z0-9_-]{32,}$/;
const uuidSegment = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function loggablePath(pathname: string): string {
  const withoutQuery = pathname.split(/[?#]/, 1)[0] ?? "";
  for (const prefix of secretPathPrefixes) {
    if (withoutQuery.startsWith(prefix) && withoutQuery.length > prefix.length) return `${prefix}[redacted]`;
  }
  return withoutQuery
    .split("/")
    .map((segment) => (tokenLikeSegment.test(segment) && !uuidSegment.test(segment) ? "[redacted]" : segment))
    .join("/");
}
