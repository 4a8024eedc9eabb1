import { invalidQueryResponse } from "@/lib/api/field-errors";
import { cacheControl } from "@/lib/api/http-cache";
import { answerUnexpectedErrors, apiJson, apiPreflight } from "@/lib/api/responses";
import { listCatalogueItems } from "@/lib/db/queries/catalogue";
import { CatalogueQuerySchema, type CatalogueListResponse } from "./schema";

const parameters = ["kind", "country", "sector", "technology", "dimension", "challenge", "status", "q", "page", "pageSize"] as const;

/** GET /api/v1/catalogue — catalogue items filtered by kind, country, tags, status and words, one page at a time; anyone, no session. */
export async function GET(request: Request): Promise<Response> {
  return answerUnexpectedErrors(request, async () => {
    const url = new URL(request.url);
    // Unknown parameters are ignored; a repeated one counts once (its first value).
    const parsed = CatalogueQuerySchema.safeParse(Object.fromEntries(parameters.map((name) => [name, url.searchParams.get(name) ?? undefined])));
    if (!parsed.success) return invalidQueryResponse(parsed.error);
    const { page, pageSize, q, ...filters } = parsed.data;
    const { items, total } = await listCatalogueItems({ ...filters, search: q, limit: pageSize, offset: (page - 1) * pageSize });
    const body: CatalogueListResponse = { items: items.map((entry) => entry.item), page, pageSize, total };
    return apiJson(body, { headers: { "Cache-Control": cacheControl.catalogue } });
  });
}

/** OPTIONS /api/v1/catalogue — CORS preflight for browser clients on other sites; anyone. */
export function OPTIONS(): Response {
  return apiPreflight(["GET"]);
}
