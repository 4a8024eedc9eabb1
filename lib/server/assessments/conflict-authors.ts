import "server-only";
import { listLatestAnswerChanges } from "@/lib/db/queries/answer-history";
import { getFormats, getTranslator } from "@/lib/i18n/server";
import { describeConflictAuthor } from "@/lib/questionnaire/conflict-author";

/**
 * For fields someone else saved since the reader's copy: who changed each and when, as the line the
 * conflict panel shows (by field). Fields without history (e.g. prefilled answers) are left out.
 */
export async function describeConflictAuthors(revisionId: string, fields: readonly string[]): Promise<Record<string, string>> {
  const [latest, t, formats] = await Promise.all([listLatestAnswerChanges(revisionId, fields), getTranslator(), getFormats()]);
  return Object.fromEntries([...latest].map(([field, change]) => [field, describeConflictAuthor(change, t, formats)]));
}
