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

/** The file name of a cohort export, e.g. "cohort-penang-smart-factory-cohort-2026-2026-05-04.csv" (UTC date). */
export function cohortExportFilename(programmeName: string, exportedAt: Date, extension: "csv" | "json"): string {
  return `cohort-${slugify(programmeName, "programme")}-${exportedAt.toISOString().slice(0, 10)}.${extension}`;
}

/** A Content-Disposition header that makes the browser save the answer under `filename` (ASCII). */
export function attachmentDisposition(filename: string): string {
  return `attachment; filename="${filename.replace(/["\\\r\n]/g, "")}"`;
}
