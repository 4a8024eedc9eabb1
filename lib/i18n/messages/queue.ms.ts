import type { queueEn } from "./queue.en";

// Bahasa Malaysia text of the queue screens.
export const queueMs: typeof queueEn = {
  title: "Queue",
};
