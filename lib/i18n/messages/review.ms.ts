import type { reviewEn } from "./review.en";

// Bahasa Malaysia text of the review screens.
export const reviewMs: typeof reviewEn = {
  title: "Review",
};
