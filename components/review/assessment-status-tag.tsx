import type { AssessmentStatus } from "@/lib/assessments/lifecycle";
import type { Translate } from "@/lib/i18n";
import { queueStatuses, type QueueStatus } from "@/lib/queue/queue-params";
import { queueStatusColours } from "@/lib/queue/status-colours";

const isQueueStatus = (status: AssessmentStatus): status is QueueStatus => (queueStatuses as readonly string[]).includes(status);

/**
 * An assessment's status as a tag with its own word and, once submitted, its own colour
 * (lib/queue/status-colours.ts): the same tag in the queue and on the review page. A draft keeps
 * the plain grey tag.
 */
export function AssessmentStatusTag({ status, t, testId }: { status: AssessmentStatus; t: Translate; testId?: string }) {
  const colour = isQueueStatus(status) ? queueStatusColours[status] : null;
  return (
    <span
      className={colour ? `tag queue-status queue-status--${status}` : "tag"}
      style={colour ? { background: colour.fill, color: colour.text } : undefined}
      data-testid={testId}
    >
      {t(`assessmentStatus.${status}`)}
    </span>
  );
}
