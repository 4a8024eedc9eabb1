import { z } from "zod";
import { catalogueItemKinds, catalogueItemStatuses, CatalogueItemIdSchema } from "@/lib/catalogue/item-schema";
import { StorableTextSchema } from "@/lib/text/user-text";
import { countryCodes } from "@/lib/questionnaire/taxonomy";

// Inputs of the catalogue pages and actions (admin and officer share them). A filter that does
// not parse is dropped rather than refused: a hand-edited URL still shows a list.

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const CatalogueKindSchema = z.enum(catalogueItemKinds);

export const CatalogueCountryFilterSchema = z.union([z.enum(countryCodes), z.literal("international"), z.literal("generic")]);

export const CatalogueListQuerySchema = z.object({
  // Search words with NUL or a lone surrogate cannot reach the query: the filter is dropped.
  q: optional(StorableTextSchema.trim().max(100)),
  kind: optional(CatalogueKindSchema),
  country: optional(CatalogueCountryFilterSchema),
  status: z.union([z.enum(catalogueItemStatuses), z.literal("all")]).catch("all").default("all"),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
  done: optional(z.enum(["created", "updated", "unchanged", "retired", "reactivated"])),
  item: optional(CatalogueItemIdSchema),
});
export type CatalogueListQuery = z.infer<typeof CatalogueListQuerySchema>;

/** The retire and reactivate buttons post the item's id only. */
export const CatalogueStatusChangeSchema = z.object({ itemId: CatalogueItemIdSchema });
