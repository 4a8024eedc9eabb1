import { slugify } from "@/lib/export/export-filename";

/**
 * The saved name of a revision's report, e.g. "adp-readiness-kilang-maju-sdn-bhd-r2.pdf": ASCII
 * only (see lib/export/export-filename.ts); a name without a Latin letter or digit reads "firm".
 */
export function reportFilename(firmName: string, revisionNumber: number): string {
  return `adp-readiness-${slugify(firmName, "firm")}-r${revisionNumber}.pdf`;
}
