// The one rule for a path that comes from a client and is later used as a redirect or link target
// (the sign-in callbackUrl, the language switch's return path, a Referer's path): it must stay on
// this site whatever a browser, a proxy or a later decode makes of it.

/** Longer than any page of the app with its filters; a longer "path" is not one we wrote. */
const maxPathLength = 2048;

/** Percent-decoding layers checked: more than any double or triple encoding a proxy may undo. */
const decodeLayers = 4;

/**
 * Control characters (browsers drop tabs and newlines, turning "/\t/x" into "//x"), any whitespace,
 * and the backslash (browsers read "\" as "/" in http URLs, so "/\x" is "//x", another host).
 */
const unsafeCharacter = /[\u0000-\u001f\u007f-\u009f\s\\]/u;

/** Another host once a browser has dropped tabs and newlines: "//x" or "/\x". */
function leavesTheSite(path: string): boolean {
  return /^[/\\]{2}/.test(path.replace(/[\t\n\r]/g, ""));
}

/** One layer of percent-decoding, byte by byte; never throws on malformed sequences (a lenient decoder would not either). */
function decodeOnce(path: string): string {
  return path.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * True for a same-site absolute path ("/assessments/1?q=a%20b#y"): one "/" first; no backslash,
 * whitespace or control character; and no percent-decoding of it starts with "//" or "/\". Anything
 * else is refused: absolute and protocol-relative URLs, "javascript:", relative paths, and
 * "/%2F%2Fx" or "/%5Cx" (harmless to a browser, but not to a proxy or code that decodes first).
 * No page of the app has such a path, so nothing real is lost.
 */
export function isSafeLocalPath(value: unknown): value is string {
  if (typeof value !== "string" || value.length > maxPathLength) return false;
  if (!value.startsWith("/") || leavesTheSite(value) || unsafeCharacter.test(value)) return false;
  let layer = value;
  for (let i = 0; i < decodeLayers; i += 1) {
    const decoded = decodeOnce(layer);
    if (decoded === layer) return true;
    if (leavesTheSite(decoded)) return false;
    layer = decoded;
  }
  // Still changing after every layer: encoded deeper than any link the app writes.
  return false;
}

/** The value when it is a safe same-site path (isSafeLocalPath), else the fallback. */
export function safeLocalPath(value: unknown, fallback: string): string {
  return isSafeLocalPath(value) ? value : fallback;
}
