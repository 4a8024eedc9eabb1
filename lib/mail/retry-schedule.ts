// When a failed email is tried again. The waits grow so that a mail server that is down for a
// while is not hammered, yet a short outage costs minutes, not the next event that happens to
// trigger a delivery: 1 min, 5 min, 30 min, 2 h. After the last allowed attempt nothing is
// scheduled (the email stays failed, visible in the admin outbox).

/** How many times an email is tried before it is left failed. */
export const maxDeliveryAttempts = 5;

const retryDelaysSeconds = [60, 5 * 60, 30 * 60, 2 * 60 * 60] as const;

/**
 * Seconds to wait before the next try of an email that has now failed `attempts` times (1 after
 * the first failure), or null when no try is left.
 */
export function retryDelaySeconds(attempts: number): number | null {
  if (!Number.isInteger(attempts) || attempts < 1 || attempts >= maxDeliveryAttempts) return null;
  return retryDelaysSeconds[Math.min(attempts, retryDelaysSeconds.length) - 1]!;
}
