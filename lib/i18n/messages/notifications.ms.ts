import type { notificationsEn } from "./notifications.en";

// Bahasa Malaysia text of the notifications screens.
export const notificationsMs: typeof notificationsEn = {
  title: "Notifications",
};
