import { migrateDatabase, seedDatabase, withTaskDatabase } from "./lib/database-tasks";

withTaskDatabase(async () => {
  await migrateDatabase();
  await seedDatabase();
  console.log("Demo data seeded (existing rows were left as they were).");
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
