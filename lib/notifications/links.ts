import type { NotificationKind } from "./kinds";

/** The page a notification leads to: the review page for officers, the assessment itself for the firm. */
export function notificationTargetPath(kind: NotificationKind, assessmentId: string): string {
  return kind === "assessment.submitted" ? `/officer/assessments/${assessmentId}/review` : `/assessments/${assessmentId}`;
}

export const notificationsPagePath = "/notifications";

/** An absolute URL for an email: the app's public base URL (no trailing slash) and an app path. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}
