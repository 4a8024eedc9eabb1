import { z } from "zod";

// What a notification is about and who hears of it. Notifications store plain facts (kind, names,
// reason); their wording is chosen when they are shown (in the reader's language) or emailed.

export const notificationKinds = [
  "assessment.submitted",
  "assessment.returned",
  "assessment.approved",
  "assessment.sections-assigned",
  "assessment.ready-to-submit",
  "rating.round-opened",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}

/**
 * Officers hear of new submissions in the programmes they run; the firm's members hear of decisions
 * on theirs. Assigned sections go to the assignee and "ready to submit" to the managers: their
 * callers pick the recipients (notifyFirmPeople); a rating round's raters are chosen by its command.
 */
export type NotificationAudience = "programme-officers" | "firm-members";

export function audienceOf(kind: NotificationKind): NotificationAudience {
  return kind === "assessment.submitted" ? "programme-officers" : "firm-members";
}

/** The facts a notification keeps (the `details` column), as of the moment of the event. */
export const NotificationDetailsSchema = z.object({
  firmName: z.string(),
  programmeName: z.string().nullable(),
  /** The officer's reason, for a returned assessment. */
  reason: z.string().nullable().default(null),
  /** The submitted revision the event is about. */
  revision: z.number().int().nullable().default(null),
  /** The assigned sections' names, for "you have been assigned…". */
  sections: z.array(z.string()).default([]),
});
export type NotificationDetails = z.infer<typeof NotificationDetailsSchema>;

/** The details of a stored notification; a row written by an older version reads with blanks rather than failing the page. */
export function readNotificationDetails(stored: unknown): NotificationDetails {
  const parsed = NotificationDetailsSchema.safeParse(stored);
  return parsed.success ? parsed.data : { firmName: "", programmeName: null, reason: null, revision: null, sections: [] };
}
