import type { Translate } from "@/lib/i18n";
import type { QueueStatus } from "@/lib/queue/queue-params";
import { queueStatusColours } from "@/lib/queue/status-colours";

/** An assessment's status as a tag with its own word and its own colour (lib/queue/status-colours.ts). */
export function StatusTag({ status, t }: { status: QueueStatus; t: Translate }) {
  const colour = queueStatusColours[status];
  return (
    <span className={`tag queue-status queue-status--${status}`} style={{ background: colour.fill, color: colour.text }}>
      {t(`assessmentStatus.${status}`)}
    </span>
  );
}
