// How results numbers are shown lives in lib/i18n/format.ts (one module for every date and number
// a reader sees). These names stay for the results, cohort and report code that imports them.
// Pages get theirs from getFormats() (lib/i18n/server.ts), which applies APP_TIME_ZONE.

export { createFormats as createNumberFormats, type Formats as NumberFormats } from "@/lib/i18n/format";
