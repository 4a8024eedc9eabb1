// A path segment must decode to text before Next matches it to a dynamic route: Next's own decode
// of "[id]" params throws on "/assessments/%FF" and, finding no "/400" page in the app router,
// answers a bare 500. proxy.ts refuses such paths first with this rule.

/** C0 controls and DEL: no path of the app holds one, and a NUL in a parameter reaches the database. */
const controlCharacter = /[\u0000-\u001f\u007f]/;

/**
 * True when some segment of the (still percent-encoded) path is not valid percent-encoded UTF-8
 * ("%FF", "%C0%80" overlong, "%ED%A0%80" a surrogate, a cut-off "%E0%A4%A") or decodes to a control
 * character ("%00").
 */
export function isMalformedPath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%") && !controlCharacter.test(segment)) continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return true;
    }
    if (controlCharacter.test(decoded)) return true;
  }
  return false;
}
