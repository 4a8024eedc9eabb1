import type { cohortEn } from "./cohort.en";

// Bahasa Malaysia text of the cohort screens.
export const cohortMs: typeof cohortEn = {
  title: "Cohort",
};
