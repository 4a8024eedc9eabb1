// The review screens use the shared formats of lib/i18n/format.ts (dateTime has time and zone, so
// who did what when is unambiguous; difference is a signed score). These names stay for callers.

export { createFormats as createReviewFormats, type Formats as ReviewFormats } from "@/lib/i18n/format";
