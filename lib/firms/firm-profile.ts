// The firm profile a manager edits: what changed, field by field, for the audit log's before/after.

export type FirmProfile = { name: string; sector: string; employees: number; country: string };

export const firmProfileFields = ["name", "sector", "employees", "country"] as const satisfies readonly (keyof FirmProfile)[];

/** The fields whose value differs, each with its value before and after; empty when nothing changed. */
export function firmProfileChanges(before: FirmProfile, after: FirmProfile): Record<string, { before: string | number; after: string | number }> {
  const changes: Record<string, { before: string | number; after: string | number }> = {};
  for (const field of firmProfileFields) {
    if (before[field] !== after[field]) changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}
