import { and, asc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogue, getCatalogueItem as getShippedItem } from "@/lib/catalogue/catalogue";
import type { CatalogueEditScope } from "@/lib/catalogue/edit-scope";
import { catalogueItemFormSchema, toCatalogueFormValues } from "@/lib/catalogue/item-form";
import type { CatalogueItem, PolicyInstrument } from "@/lib/catalogue/item-schema";
import { getDb } from "@/lib/db/client";
import {
  createCatalogueItem,
  getCatalogueItem,
  listActiveCatalogueForRecommendations,
  listCatalogueItems,
  listCatalogueSummaries,
  reactivateCatalogueItem,
  retireCatalogueItem,
  updateCatalogueItem,
  type CatalogueIssue,
} from "@/lib/db/queries/catalogue";
import { auditEvents, catalogueItems } from "@/lib/db/schema";
import { seedCatalogue } from "@/lib/db/seed";
import { expectPostgresError } from "../support/database-error";
import { seedFixtures, type Fixtures } from "../support/fixtures";

// The database catalogue: seeded from the shipped items by every migrate run, changed only by
// admins and officers through validated, audit-logged queries, read by the recommender.

let fixtures: Fixtures;
let admin: { id: string; role: "admin" };
let officerA: { id: string; role: "officer" };
let adminScope: CatalogueEditScope;
/** Officer A runs programme A, in Malaysia (the fixtures' programmes are all Malaysian). */
let officerScope: CatalogueEditScope;

function shipped(id: string): CatalogueItem {
  const item = getShippedItem(id);
  if (!item) throw new Error(`no shipped item ${id}`);
  return structuredClone(item) as CatalogueItem;
}

/** A new Malaysian instrument an officer may add: a copy of a shipped one under a new id. */
function malaysianInstrument(id: string): PolicyInstrument {
  const base = shipped("industry4wrd-first-enablers") as PolicyInstrument;
  return { ...base, id, name: { en: `Grant ${id}`, ms: `Geran ${id}` }, relatedItemIds: [] };
}

async function auditTrail(entityId: string) {
  return getDb()
    .select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId, fromState: auditEvents.fromState, toState: auditEvents.toState, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "catalogue-item"), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.id));
}

async function rowCount(): Promise<number> {
  const result = await getDb().execute<{ count: number }>(sql`select count(*)::int as count from catalogue_items`);
  return result.rows[0]!.count;
}

const reasons = (issues: CatalogueIssue[]) => issues.map((issue) => ((issue as { params?: { reason?: string } }).params)?.reason ?? issue.path.join("."));

beforeAll(async () => {
  fixtures = await seedFixtures();
  admin = { id: fixtures.users.admin.id, role: "admin" };
  officerA = { id: fixtures.users.officerA.id, role: "officer" };
  adminScope = { kind: "all" };
  officerScope = { kind: "programmes", programmes: [{ id: fixtures.programmes.programmeA.id, name: "Programme A", country: "MY" }] };
});

describe("seeding the shipped catalogue", () => {
  it("inserts every shipped item once, and a second run changes nothing", async () => {
    expect(await rowCount()).toBe(0);
    expect(await seedCatalogue(getDb(), catalogue)).toEqual({ inserted: catalogue.length, refreshed: 0 });
    expect(await seedCatalogue(getDb(), catalogue)).toEqual({ inserted: 0, refreshed: 0 });
    expect(await rowCount()).toBe(catalogue.length);
    const { items, total } = await listCatalogueItems();
    expect(total).toBe(catalogue.length);
    expect(items.map((entry) => entry.item)).toEqual([...catalogue]);
  });

  it("keeps an admin's edit when it seeds again, and refreshes only items no person has touched", async () => {
    const edited = shipped("zc-rubber");
    edited.title = { en: "ZC Rubber: edited by an admin", ms: "ZC Rubber: disunting oleh pentadbir" };
    expect(await updateCatalogueItem("zc-rubber", edited, admin, adminScope)).toMatchObject({ ok: true, changed: true });

    // A later release changes the shipped text of both an edited and an untouched item.
    const release = catalogue.map((item) =>
      item.id === "zc-rubber" || item.id === "haier" ? { ...item, title: { en: `${item.title.en} (2027)`, ms: `${item.title.ms} (2027)` } } : item,
    );
    expect(await seedCatalogue(getDb(), release)).toEqual({ inserted: 0, refreshed: 1 });
    expect((await getCatalogueItem("zc-rubber"))?.item.title.en).toBe("ZC Rubber: edited by an admin");
    expect((await getCatalogueItem("haier"))?.item.title.en).toMatch(/\(2027\)$/);
    // Seeding never audits (it is content shipped with the code) and never deletes.
    expect(await auditTrail("haier")).toEqual([]);
    expect(await seedCatalogue(getDb(), release.slice(0, 3))).toEqual({ inserted: 0, refreshed: 0 });
    expect(await rowCount()).toBe(catalogue.length);
    // Back to the shipped text for the rest of the file.
    await seedCatalogue(getDb(), catalogue);
  });

  it("keeps the item's own id, kind, country and status equal to the columns (a check constraint)", async () => {
    const error = await expectPostgresError(getDb().update(catalogueItems).set({ country: "TH" }).where(eq(catalogueItems.id, "haier")));
    expect(error.code).toBe("23514");
  });
});

describe("creating, editing, retiring", () => {
  it("creates a valid item with an audit event, in the same transaction", async () => {
    const item = malaysianInstrument("penang-digital-grant");
    const result = await createCatalogueItem(item, admin, adminScope);
    expect(result).toEqual({ ok: true, item: { ...item, status: "active" }, changed: true });
    expect((await getCatalogueItem(item.id))?.item).toEqual(item);
    expect(await auditTrail(item.id)).toEqual([
      { action: "catalogue.item-created", actorUserId: admin.id, fromState: null, toState: "active", details: { kind: "policy-instrument", country: "MY", programmeId: null } },
    ]);
  });

  it("saves nothing and names every problem when the item is invalid", async () => {
    const before = await rowCount();
    const broken = { ...malaysianInstrument("broken-grant"), summary: { en: "Too short.", ms: "" }, relatedItemIds: ["no-such-item"], dimensions: [] };
    const result = await createCatalogueItem(broken, admin, adminScope);
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== "invalid") throw new Error("expected invalid");
    expect(reasons(result.issues)).toEqual(expect.arrayContaining(["summary.en", "summary.ms", "dimensions", "related-unknown"]));
    expect(await rowCount()).toBe(before);
    expect(await auditTrail("broken-grant")).toEqual([]);

    const taken = await createCatalogueItem(malaysianInstrument("penang-digital-grant"), admin, adminScope);
    expect(taken.ok === false && taken.reason === "invalid" && reasons(taken.issues)).toEqual(["id-taken"]);
  });

  it("updates the content with the changed fields in the audit event, keeping id, kind and status", async () => {
    const item = shipped("technology-vouchers");
    const changed = { ...item, title: { ...item.title, en: "Technology vouchers for a first digital service" }, status: "retired" as const };
    expect(await updateCatalogueItem(item.id, changed, admin, adminScope)).toMatchObject({ ok: true, changed: true });
    const stored = await getCatalogueItem(item.id);
    expect(stored?.item.title.en).toBe("Technology vouchers for a first digital service");
    expect(stored?.status).toBe("active");
    expect((await auditTrail(item.id)).at(-1)).toMatchObject({ action: "catalogue.item-updated", actorUserId: admin.id, details: { changedFields: ["title"] } });

    // The same content again is no change and no event.
    const events = (await auditTrail(item.id)).length;
    expect(await updateCatalogueItem(item.id, changed, admin, adminScope)).toMatchObject({ ok: true, changed: false });
    expect(await auditTrail(item.id)).toHaveLength(events);

    const asCaseStudy = await updateCatalogueItem(item.id, { ...shipped("haier"), id: item.id }, admin, adminScope);
    expect(asCaseStudy.ok === false && asCaseStudy.reason === "invalid" && reasons(asCaseStudy.issues)).toContain("kind-fixed");
    expect(await updateCatalogueItem("no-such-item", item, admin, adminScope)).toEqual({ ok: false, reason: "not-found" });
  });

  it("round-trips an admin's how-to-apply edit from the editor's form through the database, and still reads an instrument stored without it", async () => {
    const item = shipped("matching-grants");
    const values = toCatalogueFormValues(item);
    values["howToApply-website"] = "https://grants.example.gov.my/apply";
    values["howToApply-contact-en"] = "The grants desk";
    values["howToApply-contact-ms"] = "Meja geran";
    values["howToApply-steps-en"] = "Read the call.\nApply online.";
    values["howToApply-steps-ms"] = "Baca panggilan.\nMohon dalam talian.";
    const parsed = catalogueItemFormSchema().safeParse(values);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(await updateCatalogueItem(item.id, parsed.data as CatalogueItem, admin, adminScope)).toMatchObject({ ok: true, changed: true });
    const stored = await getCatalogueItem(item.id);
    expect(stored?.item.kind !== "case-study" && stored?.item.howToApply).toEqual({
      website: "https://grants.example.gov.my/apply",
      contact: { en: "The grants desk", ms: "Meja geran" },
      whoMayApply: item.kind !== "case-study" ? item.howToApply!.whoMayApply : undefined,
      steps: [
        { en: "Read the call.", ms: "Baca panggilan." },
        { en: "Apply online.", ms: "Mohon dalam talian." },
      ],
    });
    expect((await auditTrail(item.id)).at(-1)).toMatchObject({ action: "catalogue.item-updated", details: { changedFields: ["howToApply"] } });
    // The form shows what was stored.
    expect(toCatalogueFormValues(stored!.item)["howToApply-website"]).toBe("https://grants.example.gov.my/apply");

    // An http: link is refused and changes nothing.
    const insecure = { ...stored!.item, howToApply: { ...(stored!.item as PolicyInstrument).howToApply!, website: "http://grants.example.gov.my/" } } as CatalogueItem;
    const refused = await updateCatalogueItem(item.id, insecure, admin, adminScope);
    expect(refused.ok === false && refused.reason === "invalid" && refused.issues.map((issue) => issue.path.join("."))).toEqual(["howToApply.website"]);
    expect((await getCatalogueItem(item.id))?.item).toEqual(stored!.item);

    // A row written before the block existed still reaches the recommender.
    const { howToApply: _dropped, ...legacy } = shipped("technology-vouchers") as PolicyInstrument;
    await getDb().update(catalogueItems).set({ item: legacy as CatalogueItem }).where(eq(catalogueItems.id, legacy.id));
    expect((await listActiveCatalogueForRecommendations()).find((entry) => entry.id === legacy.id)).toEqual(legacy);
  });

  it("retires and reactivates with audit events; a retired item never reaches the recommender", async () => {
    expect((await listActiveCatalogueForRecommendations()).map((item) => item.id)).toContain("haier");
    expect(await retireCatalogueItem("haier", admin, adminScope)).toEqual({ ok: true, changed: true });
    expect(await retireCatalogueItem("haier", admin, adminScope)).toEqual({ ok: true, changed: false });
    const stored = await getCatalogueItem("haier");
    expect(stored).toMatchObject({ status: "retired", item: { status: "retired" } });
    const active = await listActiveCatalogueForRecommendations();
    expect(active.map((item) => item.id)).not.toContain("haier");
    expect(active.every((item) => item.status === "active")).toBe(true);
    expect((await listCatalogueItems({ status: "active" })).items.map((entry) => entry.id)).not.toContain("haier");
    expect((await listCatalogueItems({ status: "retired" })).items.map((entry) => entry.id)).toEqual(["haier"]);

    // An edit of a retired item keeps it retired.
    expect(await updateCatalogueItem("haier", { ...shipped("haier"), year: 2013 }, admin, adminScope)).toMatchObject({ ok: true });
    expect((await listActiveCatalogueForRecommendations()).map((item) => item.id)).not.toContain("haier");

    expect(await reactivateCatalogueItem("haier", admin, adminScope)).toEqual({ ok: true, changed: true });
    expect((await listActiveCatalogueForRecommendations()).map((item) => item.id)).toContain("haier");
    expect((await auditTrail("haier")).map(({ action, fromState, toState }) => [action, fromState, toState])).toEqual([
      ["catalogue.item-retired", "active", "retired"],
      ["catalogue.item-updated", null, null],
      ["catalogue.item-reactivated", "retired", "active"],
    ]);
  });
});

describe("an officer's scope", () => {
  it("adds an instrument for their programme in its country, recorded with the programme", async () => {
    const item = malaysianInstrument("selangor-food-digital-fund");
    const result = await createCatalogueItem(item, officerA, officerScope, { programmeId: fixtures.programmes.programmeA.id });
    expect(result).toMatchObject({ ok: true });
    expect((await getCatalogueItem(item.id))?.programmeId).toBe(fixtures.programmes.programmeA.id);
    expect((await auditTrail(item.id))[0]).toMatchObject({ action: "catalogue.item-created", actorUserId: officerA.id });
    // and may edit and retire it
    expect(await updateCatalogueItem(item.id, { ...item, year: 2025 }, officerA, officerScope)).toMatchObject({ ok: true, changed: true });
    expect(await retireCatalogueItem(item.id, officerA, officerScope)).toEqual({ ok: true, changed: true });
  });

  it("refuses another country's, an international or a generic instrument, and case studies", async () => {
    const thai = { ...malaysianInstrument("thai-grant"), country: "TH" as const, eligibility: { ...malaysianInstrument("x").eligibility, countries: ["TH" as const] } };
    expect(await createCatalogueItem(thai, officerA, officerScope, { programmeId: fixtures.programmes.programmeA.id })).toEqual({ ok: false, reason: "forbidden" });
    expect(await createCatalogueItem({ ...shipped("haier"), id: "officer-case" }, officerA, officerScope)).toEqual({ ok: false, reason: "forbidden" });
    expect(await createCatalogueItem({ ...shipped("technology-vouchers"), id: "officer-vouchers" }, officerA, officerScope)).toEqual({ ok: false, reason: "forbidden" });

    for (const id of ["zc-rubber", "technology-vouchers", "c4i4-lab-pune", "sino-german-smart-manufacturing"]) {
      const before = await getCatalogueItem(id);
      expect(await updateCatalogueItem(id, shipped(id), officerA, officerScope), id).toEqual({ ok: false, reason: "forbidden" });
      expect(await retireCatalogueItem(id, officerA, officerScope), id).toEqual({ ok: false, reason: "forbidden" });
      expect(await getCatalogueItem(id)).toEqual(before);
    }
  });

  it("cannot move a Malaysian instrument to another country, nor file it under someone else's programme", async () => {
    const item = shipped("industry4wrd-first-enablers") as PolicyInstrument;
    const moved = { ...item, country: "TH" as const, eligibility: { ...item.eligibility, countries: ["TH" as const] } };
    expect(await updateCatalogueItem(item.id, moved, officerA, officerScope)).toEqual({ ok: false, reason: "forbidden" });
    expect((await getCatalogueItem(item.id))?.country).toBe("MY");

    const elsewhere = await createCatalogueItem(malaysianInstrument("officer-b-programme"), officerA, officerScope, { programmeId: fixtures.programmes.programmeB.id });
    expect(elsewhere.ok === false && elsewhere.reason === "invalid" && reasons(elsewhere.issues)).toEqual(["programme-unknown"]);
  });

  it("leaves an officer with no programme nothing to change", async () => {
    const idle: CatalogueEditScope = { kind: "programmes", programmes: [] };
    expect(await updateCatalogueItem("industry4wrd-first-enablers", shipped("industry4wrd-first-enablers"), officerA, idle)).toEqual({ ok: false, reason: "forbidden" });
    expect(await createCatalogueItem(malaysianInstrument("idle-grant"), officerA, idle)).toEqual({ ok: false, reason: "forbidden" });
  });
});

describe("listing with filters", () => {
  it("filters by kind, country, tags and words, and pages", async () => {
    const caseStudies = await listCatalogueItems({ kind: "case-study", status: "active" });
    expect(caseStudies.total).toBe(10);
    expect(caseStudies.items.every((entry) => entry.kind === "case-study")).toBe(true);

    const malaysian = await listCatalogueItems({ country: "MY", status: "all" });
    expect(malaysian.items.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(["industry4wrd-first-enablers", "industry4wrd-readiness-assessment", "penang-automation-cluster", "penang-digital-grant"]),
    );
    expect(malaysian.items.every((entry) => entry.country === "MY")).toBe(true);

    const rubber = await listCatalogueItems({ sector: "22" });
    expect(rubber.items.map((entry) => entry.id)).toContain("zc-rubber");
    expect(rubber.items.every((entry) => entry.item.sectors.includes("22"))).toBe(true);
    const iot = await listCatalogueItems({ technology: "iot", dimension: "connectivity", challenge: "funding" });
    for (const entry of iot.items) {
      expect(entry.item.technologies).toContain("iot");
      expect(entry.item.dimensions).toContain("connectivity");
      expect(entry.item.challenges).toContain("funding");
    }

    expect((await listCatalogueItems({ search: "RUBBER" })).items.map((entry) => entry.id)).toContain("zc-rubber");
    expect((await listCatalogueItems({ search: "pentadbir" })).items.map((entry) => entry.id)).toEqual(["zc-rubber"]); // the Malay title an admin wrote
    expect((await listCatalogueItems({ search: "100%_" })).total).toBe(0); // wildcards are literal

    const page1 = await listCatalogueItems({ limit: 5, offset: 0 });
    const page2 = await listCatalogueItems({ limit: 5, offset: 5 });
    expect(page1.items).toHaveLength(5);
    expect(page2.total).toBe(page1.total);
    expect(page1.items.at(-1)!.id < page2.items[0]!.id).toBe(true);
    const beyond = await listCatalogueItems({ limit: 5, offset: 10_000 });
    expect(beyond).toEqual({ items: [], total: page1.total });

    // The editor's list: the same rows, only the columns a row shows.
    const summaries = await listCatalogueSummaries({ kind: "case-study", limit: 3 });
    const full = await listCatalogueItems({ kind: "case-study", limit: 3 });
    expect(summaries.total).toBe(full.total);
    expect(summaries.items).toEqual(full.items.map(({ item, ...entry }) => ({ ...entry, name: item.name, title: item.title })));
    expect(await listCatalogueSummaries({ kind: "case-study", limit: 3, offset: 500 })).toEqual({ items: [], total: full.total });
  });
});
