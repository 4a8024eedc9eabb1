// English text of the notifications screens; notifications.ms.ts must have exactly these keys.
export const notificationsEn = {
  title: "Notifications",
};
