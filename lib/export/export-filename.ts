import type { QueueSelection } from "@/lib/queue/queue-params";

// File names of downloads: ASCII only, so every browser and operating system saves them as they
// are; the programme's name is reduced to a slug, the date says which day's data it holds.

/**
 * "Penang Smart Factory Cohort 2026" → "penang-smart-factory-cohort-2026" (at most 60 characters);
 * `fallback` when no Latin letter or digit is left (e.g. a name written in another script).
 */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug === "" ? fallback : slug;
}

/**
 * The filter of an export as file-name words, e.g. "submitted-sector-22-small-from-2026-01-01";
 * "all" when nothing narrows it, so two downloads of one day with different filters never share a
 * name and the file says what it holds (issue 17).
 */
export function selectionSlug(selection: QueueSelection): string {
  const { filter } = selection;
  const parts = [
    selection.status === "all" ? null : selection.status,
    selection.band ?? null,
    filter.sector ? `sector-${filter.sector}` : null,
    filter.size ?? null,
    filter.from ? `from-${filter.from}` : null,
    filter.to ? `to-${filter.to}` : null,
    selection.q ? `name-${slugify(selection.q, "search").slice(0, 30).replace(/-+$/, "")}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? "all" : parts.join("-");
}

/**
 * The file name of a cohort export, e.g. "cohort-penang-smart-factory-cohort-2026-submitted-sector-22-2026-05-04.csv"
 * (UTC date); without `selection` (the whole cohort) no filter words.
 */
export function cohortExportFilename(programmeName: string, exportedAt: Date, extension: "csv" | "json", selection?: QueueSelection): string {
  const filterWords = selection ? `-${selectionSlug(selection)}` : "";
  return `cohort-${slugify(programmeName, "programme")}${filterWords}-${exportedAt.toISOString().slice(0, 10)}.${extension}`;
}

/** A Content-Disposition header that makes the browser save the answer under `filename` (ASCII). */
export function attachmentDisposition(filename: string): string {
  return `attachment; filename="${filename.replace(/["\\\r\n]/g, "")}"`;
}
