import type { Translate } from "@/lib/i18n";
import type { NotificationDetails, NotificationKind } from "./kinds";

export type NotificationContent = { kind: NotificationKind; details: NotificationDetails };
export type NotificationText = { title: string; body: string };

const messageGroup = {
  "assessment.submitted": "submitted",
  "assessment.returned": "returned",
  "assessment.approved": "approved",
  "assessment.sections-assigned": "sectionsAssigned",
  "assessment.ready-to-submit": "readyToSubmit",
  "rating.round-opened": "ratingOpened",
} as const satisfies Record<NotificationKind, string>;

/**
 * The title and sentence of a notification in the language of `t`. Users have no stored language,
 * so the in-app list renders this at display time in the reader's UI language.
 */
export function notificationText({ kind, details }: NotificationContent, t: Translate): NotificationText {
  const values = { firm: details.firmName, programme: details.programmeName ?? "", sections: details.sections.join(", ") };
  const group = messageGroup[kind];
  const title = t(`notifications.kinds.${group}.title`, values);
  if (group === "sectionsAssigned" || group === "readyToSubmit") return { title, body: t(`notifications.kinds.${group}.body`, values) };
  if (group === "submitted" || details.programmeName) return { title, body: t(`notifications.kinds.${group}.body`, values) };
  return { title, body: t(`notifications.kinds.${group}.bodyNoProgramme`, values) };
}
