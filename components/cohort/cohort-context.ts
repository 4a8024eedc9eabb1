import type { NumberFormats } from "@/components/results/number-formats";
import type { Translate } from "@/lib/i18n";

/** What every cohort figure needs to word and format its numbers. */
export type CohortContext = {
  t: Translate;
  formats: NumberFormats;
  /** A share 0–1 as a whole percentage: "38%". */
  percent: (share: number) => string;
  dimensionName: (dimensionId: string) => string;
  factorName: (factorId: string) => string;
  sectorName: (code: string) => string;
};
