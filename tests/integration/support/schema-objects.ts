import { is } from "drizzle-orm";
import { getTableConfig, isPgEnum, PgTable, type PgEnum } from "drizzle-orm/pg-core";
import * as schema from "@/lib/db/schema";

const exported: unknown[] = Object.values(schema as Record<string, unknown>);

/** Every table the drizzle schema declares, so a new table is covered without editing the tests. */
export const schemaTables = exported.filter((value): value is PgTable => is(value, PgTable)).map((table) => getTableConfig(table));

export const schemaEnums = exported.filter((value): value is PgEnum<[string, ...string[]]> => isPgEnum(value));
