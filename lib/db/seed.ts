import "server-only";
import { sql } from "drizzle-orm";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import type { Database } from "./client";
import { demoContributors, demoFirms, demoProgrammeOfficers, demoProgrammes, demoUsers } from "./demo-data";
import { catalogueItems, firmMemberships, firms, programmeEnrolments, programmeOfficers, programmes, questionnaireVersions, users } from "./schema";

export type PublishedVersion = { id: string; contentHash: string };

/** Registers every shipped questionnaire version; a changed hash for a known id is refused (published versions are immutable). */
export async function registerQuestionnaireVersions(db: Database, versions: readonly PublishedVersion[]): Promise<void> {
  for (const version of versions) {
    await db.insert(questionnaireVersions).values(version).onConflictDoNothing();
    const stored = await db.execute<{ content_hash: string }>(
      sql`select content_hash from questionnaire_versions where id = ${version.id}`,
    );
    if (stored.rows[0]?.content_hash !== version.contentHash) {
      throw new Error(`Questionnaire version ${version.id} was published with another content hash; publish changes as a new version.`);
    }
  }
}

/**
 * Seeds the shipped catalogue (run by every migrate, in every deployment). Inserts the items the
 * database lacks; refreshes a shipped item whose content changed in a release only while no
 * person has created or edited it (created_by and updated_by null); never touches a row a person
 * has changed or added, and never deletes. Idempotent: a second run changes nothing.
 */
export async function seedCatalogue(db: Database, items: readonly CatalogueItem[]): Promise<{ inserted: number; refreshed: number }> {
  if (items.length === 0) return { inserted: 0, refreshed: 0 };
  const rows = await db
    .insert(catalogueItems)
    .values(items.map((item) => ({ id: item.id, kind: item.kind, country: item.country, status: item.status, item })))
    .onConflictDoUpdate({
      target: catalogueItems.id,
      set: {
        kind: sql`excluded.kind`,
        country: sql`excluded.country`,
        status: sql`excluded.status`,
        item: sql`excluded.item`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`${catalogueItems.createdBy} is null and ${catalogueItems.updatedBy} is null and ${catalogueItems.item} is distinct from excluded.item`,
    })
    // xmax is 0 for a freshly inserted row and the updating transaction's id for an updated one.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const inserted = rows.filter((row) => row.inserted).length;
  return { inserted, refreshed: rows.length - inserted };
}

/** Demo accounts and programmes. Every insert skips rows that exist, so a second run changes nothing. */
export async function seedDemoData(db: Database, options: { passwordHash: string; questionnaireVersionId: string }): Promise<void> {
  // The demo firms' assessments go back months (demoFirmHistories): the firms joined a year before.
  const joinedAt = new Date(Date.now() - 365 * 86_400_000);
  await db.transaction(async (tx) => {
    await tx
      .insert(users)
      .values(demoUsers.map((u) => ({ ...u, passwordHash: options.passwordHash })))
      .onConflictDoNothing();
    await tx
      .insert(programmes)
      .values(demoProgrammes.map((p) => ({ ...p, questionnaireVersionId: options.questionnaireVersionId })))
      .onConflictDoNothing();
    await tx.insert(programmeOfficers).values([...demoProgrammeOfficers]).onConflictDoNothing();
    await tx
      .insert(firms)
      .values(demoFirms.map(({ id, name, country, sector, employees }) => ({ id, name, country, sector, employees, createdAt: joinedAt })))
      .onConflictDoNothing();
    await tx
      .insert(firmMemberships)
      .values([
        ...demoFirms.map((f) => ({ firmId: f.id, userId: f.managerId, createdAt: joinedAt })),
        ...demoContributors.map((c) => ({ ...c, role: "contributor" as const, createdAt: joinedAt })),
      ])
      .onConflictDoNothing();
    await tx
      .insert(programmeEnrolments)
      .values(demoFirms.map((f) => ({ firmId: f.id, programmeId: f.programmeId, createdAt: joinedAt })))
      .onConflictDoNothing();
  });
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const result = await db.execute<{ count: string }>(sql`select count(*)::text as count from users`);
  return Number(result.rows[0]?.count ?? 0) === 0;
}
