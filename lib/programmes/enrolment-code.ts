// How a typed enrolment code is matched to a programme's code. Codes are printed on flyers and read
// out on calls, so people type "penang 2026", "PENANG2026" or "Penang – 2026" for PENANG-2026: case,
// spaces and hyphens (any dash a phone or word processor may put in) do not count.

/** Spaces of any kind, and hyphen-minus with its look-alikes (U+2010–U+2015 dashes, U+2212 minus). */
const IGNORED = /[\s\-\u2010-\u2015\u2212]/gu;

/**
 * The form of a code that matching compares: upper case, without spaces or hyphens. "PENANG 2026",
 * "penang-2026" and " Penang2026 " all become "PENANG2026". Full-width letters and digits (an IME)
 * count as their ASCII forms.
 */
export function normaliseEnrolmentCode(code: string): string {
  return code.normalize("NFKC").toUpperCase().replace(IGNORED, "");
}
