// Plan rows written straight into the database, for the readers of a plan (review page, PDF,
// export, progress, cohort demand) to be tested without the plan editor.
import { catalogue } from "@/lib/catalogue/catalogue";
import { getDb } from "@/lib/db/client";
import { planActions } from "@/lib/db/schema";
import { seedCatalogue } from "@/lib/db/seed";

export type PlanActionSeed = typeof planActions.$inferInsert;

/** Inserts the actions as given (status, completedAt and all) and returns their ids in order. */
export async function insertPlanActions(rows: readonly PlanActionSeed[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const stored = await getDb().insert(planActions).values([...rows]).returning({ id: planActions.id });
  return stored.map((row) => row.id);
}

/** The shipped catalogue in the database (plan actions link its instruments), and two instruments of it. */
export async function seedCatalogueForPlans(): Promise<{ instruments: { id: string; name: string }[] }> {
  await seedCatalogue(getDb(), catalogue);
  const instruments = catalogue.filter((item) => item.kind !== "case-study" && item.status === "active").slice(0, 2);
  return { instruments: instruments.map((item) => ({ id: item.id, name: item.name.en })) };
}
