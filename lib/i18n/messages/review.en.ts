// English text of the review screens; review.ms.ts must have exactly these keys.
export const reviewEn = {
  title: "Review",
};
