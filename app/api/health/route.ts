import { databaseMode } from "@/lib/env";
import { checkDatabaseHealth } from "@/lib/db/queries/health";

export const dynamic = "force-dynamic";

/** GET /api/health — liveness and database state for load balancers; anyone. */
export async function GET() {
  const mode = databaseMode();
  try {
    const migrations = await checkDatabaseHealth();
    return Response.json({ status: migrations.upToDate ? "ok" : "degraded", database: { mode, reachable: true, migrations } }, { status: 200 });
  } catch {
    return Response.json({ status: "unavailable", database: { mode, reachable: false } }, { status: 503 });
  }
}
