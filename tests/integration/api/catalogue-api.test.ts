import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCatalogue, OPTIONS } from "@/app/api/v1/catalogue/route";
import { CatalogueListResponseSchema } from "@/app/api/v1/catalogue/schema";
import { getV1OpenApiDocument } from "@/app/api/v1/operations";
import { POST as postRecommendationsRoute } from "@/app/api/v1/recommendations/route";
import { recommendationsRequestExample, RecommendationsResponseSchema } from "@/app/api/v1/recommendations/schema";
import { catalogue, getCatalogueItem as getShippedItem } from "@/lib/catalogue/catalogue";
import type { CatalogueEditScope } from "@/lib/catalogue/edit-scope";
import { getDb } from "@/lib/db/client";
import { reactivateCatalogueItem, retireCatalogueItem, updateCatalogueItem } from "@/lib/db/queries/catalogue";
import { seedCatalogue } from "@/lib/db/seed";
import { arbitraryFromJsonSchema } from "../../unit/api/json-schema-arbitrary";
import { conformsToDocument, readApiError } from "../../unit/api/support";
import { createUser } from "../support/fixtures";

// The two public endpoints that read the database catalogue, against a real database: what an
// admin changes shows up in both, a retired item in neither, and no query string or body makes
// them answer 5xx.

const adminScope: CatalogueEditScope = { kind: "all" };
let admin: { id: string; role: "admin" };

async function list(query = "") {
  const response = await getCatalogue(new Request(`http://localhost/api/v1/catalogue${query}`));
  return response;
}

async function readList(query = "") {
  const response = await list(query);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("public, max-age=60");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const body: unknown = await response.json();
  expect(conformsToDocument("CatalogueListResponse", body)).toBe(true);
  return CatalogueListResponseSchema.parse(body);
}

async function recommendations(body: unknown) {
  const response = await postRecommendationsRoute(
    new Request("http://localhost/api/v1/recommendations", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  );
  expect(response.status).toBe(200);
  const json: unknown = await response.json();
  expect(conformsToDocument("RecommendationsResponse", json)).toBe(true);
  return RecommendationsResponseSchema.parse(json);
}

beforeAll(async () => {
  await seedCatalogue(getDb(), catalogue);
  const user = await createUser({ role: "admin" });
  admin = { id: user.id, role: "admin" };
});

describe("GET /api/v1/catalogue", () => {
  it("lists the active catalogue, 20 to a page, ordered by id", async () => {
    const body = await readList();
    expect(body).toMatchObject({ page: 1, pageSize: 20, total: catalogue.length });
    expect(body.items).toEqual(catalogue.slice(0, 20));
    const second = await readList("?page=2");
    expect(second.items).toEqual(catalogue.slice(20, 40));
    expect((await readList("?pageSize=100")).items).toEqual([...catalogue]);
    expect((await readList("?page=999999")).items).toEqual([]);
    expect((await readList("?pageSize=0")).pageSize).toBe(1);
  });

  it("filters by kind, country and tags", async () => {
    const cases = await readList("?kind=case-study&pageSize=100");
    expect(cases.total).toBe(10);
    expect(cases.items.every((item) => item.kind === "case-study")).toBe(true);
    const malaysian = await readList("?country=MY&kind=policy-instrument");
    expect(malaysian.items.map((item) => item.id).sort()).toEqual(["industry4wrd-first-enablers", "industry4wrd-readiness-assessment", "penang-automation-cluster"]);
    const tagged = await readList("?sector=22&technology=cloud-computing&dimension=intelligence&challenge=reskilling");
    expect(tagged.items.map((item) => item.id)).toContain("zc-rubber");
    for (const item of tagged.items) {
      expect(item.sectors).toContain("22");
      expect(item.technologies).toContain("cloud-computing");
    }
    expect((await readList("?q=vouchers")).items.map((item) => item.id)).toContain("technology-vouchers");
    expect((await readList("?q=no such words")).total).toBe(0);
  });

  it("shows an admin's edit at once, and hides a retired item unless asked for", async () => {
    const item = structuredClone(getShippedItem("new-tek")!);
    const title = { en: "New-Tek: an edited headline", ms: "New-Tek: tajuk yang disunting" };
    expect(await updateCatalogueItem(item.id, { ...item, title }, admin, adminScope)).toMatchObject({ ok: true, changed: true });
    expect((await readList("?q=edited headline")).items.map((found) => [found.id, found.title])).toEqual([[item.id, title]]);

    await retireCatalogueItem(item.id, admin, adminScope);
    expect((await readList("?pageSize=100")).items.map((found) => found.id)).not.toContain(item.id);
    expect((await readList("?status=retired")).items.map((found) => found.id)).toEqual([item.id]);
    expect((await readList("?status=all&pageSize=100")).total).toBe(catalogue.length);
    await reactivateCatalogueItem(item.id, admin, adminScope);
  });

  it("gives each instrument what a firm needs to act on it, an admin's edit included, as the OpenAPI document describes", async () => {
    const shipped = (await readList("?kind=policy-instrument&q=ignite")).items[0]!;
    expect(shipped.kind !== "case-study" && shipped.howToApply).toMatchObject({ website: "https://www.ignite.org.pk/", steps: expect.arrayContaining([expect.objectContaining({ en: expect.any(String), ms: expect.any(String) })]) });

    const item = structuredClone(getShippedItem("technology-vouchers")!);
    if (item.kind === "case-study") throw new Error("an instrument");
    const howToApply = { ...item.howToApply!, website: "https://vouchers.example.gov.my/", contact: { en: "The voucher desk", ms: "Meja baucar" } };
    expect(await updateCatalogueItem(item.id, { ...item, howToApply }, admin, adminScope)).toMatchObject({ ok: true, changed: true });
    expect((await readList("?q=technology-vouchers")).items.map((found) => found.kind !== "case-study" && found.howToApply)).toEqual([howToApply]);

    const document = JSON.stringify(getV1OpenApiDocument());
    for (const field of ["howToApply", "whoMayApply", "website", "steps"]) expect(document).toContain(`"${field}"`);
  });

  it("answers 400 invalid_query for a value the document does not allow", async () => {
    for (const query of ["?kind=brochure", "?technology=blockchain", "?country=XX", "?status=deleted", "?page=-1", "?page=1e3", "?sector=99"]) {
      expect((await readApiError(await list(query), 400)).error, query).toBe("invalid_query");
    }
  });

  it("answers browser preflights for GET", () => {
    expect(OPTIONS().headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
  });
});

describe("fuzz GET /api/v1/catalogue", { timeout: 120_000 }, () => {
  const document = getV1OpenApiDocument();
  const refs = Object.fromEntries(Object.entries(document.components.schemas).map(([name, schema]) => [`#/components/schemas/${name}`, schema]));
  const parameters = (document.paths["/catalogue"]!.get as { parameters: Array<{ name: string; schema: Record<string, unknown> }> }).parameters;

  it("answers parameters drawn from the document with 200", async () => {
    const queryArb = fc.record(Object.fromEntries(parameters.map((p) => [p.name, arbitraryFromJsonSchema(p.schema, { refs })])), { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(queryArb, async (query) => {
        const response = await list(`?${new URLSearchParams(query as Record<string, string>)}`);
        expect(response.status).toBe(200);
        expect(conformsToDocument("CatalogueListResponse", await response.json())).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("answers any query string with 200 or 400, never a 5xx", async () => {
    const nameArb = fc.oneof(fc.constantFrom(...parameters.map((p) => p.name)), fc.string({ maxLength: 8 }));
    const valueArb = fc.oneof(fc.constantFrom("", "0", "MY", "case-study", "%", "_", "\\", "'", "22", "iot", "all"), fc.string({ maxLength: 30, unit: "binary" }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(nameArb, valueArb), { maxLength: 5 }), async (pairs) => {
        const response = await list(`?${new URLSearchParams(pairs)}`);
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) await readApiError(response);
      }),
      { numRuns: 60 },
    );
  });
});

describe("POST /api/v1/recommendations reads the database catalogue", () => {
  it("recommends the database's items: an admin's new title shows, a retired item never appears", async () => {
    const first = (await recommendations(recommendationsRequestExample)).firmsLikeYours[0]!;
    const item = structuredClone(getShippedItem(first.itemId)!);
    const title = { en: `${item.name.en}: a headline from the admin`, ms: `${item.name.ms}: tajuk daripada pentadbir` };
    await updateCatalogueItem(item.id, { ...item, title }, admin, adminScope);
    const edited = (await recommendations(recommendationsRequestExample)).firmsLikeYours.find((r) => r.itemId === item.id);
    expect(edited?.title).toEqual(title);

    await retireCatalogueItem(item.id, admin, adminScope);
    const after = await recommendations(recommendationsRequestExample);
    expect([...after.firmsLikeYours, ...after.supportYouCanUse].map((r) => r.itemId)).not.toContain(item.id);
    await reactivateCatalogueItem(item.id, admin, adminScope);
  });
});
