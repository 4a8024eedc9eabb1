// English text of the cohort screens; cohort.ms.ts must have exactly these keys.
export const cohortEn = {
  title: "Cohort",
};
