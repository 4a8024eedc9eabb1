import { migrateDatabase, withTaskDatabase } from "./lib/database-tasks";

withTaskDatabase(async () => {
  await migrateDatabase();
  console.log("Migrations applied.");
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
