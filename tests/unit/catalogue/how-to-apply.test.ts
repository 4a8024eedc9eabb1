import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue/catalogue";
import { CatalogueItemSchema, HowToApplySchema, isInstrument, type CatalogueItemInput } from "@/lib/catalogue/item-schema";
import { matchingGrants } from "@/lib/catalogue/items/matching-grants";

const steps = [{ en: "Apply online.", ms: "Mohon dalam talian." }];
const who = { en: "Small manufacturers.", ms: "Pengilang kecil." };
const withWebsite = (website: string) => HowToApplySchema.safeParse({ website, whoMayApply: who, steps });

describe("an instrument's how-to-apply block", () => {
  it("accepts an https: link", () => {
    expect(withWebsite("https://www.example.gov.my/apply?round=2").success).toBe(true);
  });

  it.each(["http://www.example.gov.my/", "javascript:alert(1)", "data:text/html,<b>hi</b>", "ftp://example.org/", "www.example.org", "https://user:pw@example.org/", "https://localhost/"])(
    "refuses %s with a field error at website",
    (link) => {
      const parsed = withWebsite(link);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["website", "catalogue.errors.httpsUrl"]]);
    },
  );

  it("needs who may apply and at least one step in both languages", () => {
    const parsed = HowToApplySchema.safeParse({ whoMayApply: { en: "Anyone." }, steps: [] });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["whoMayApply.ms", "steps"]);
    const unpaired = HowToApplySchema.safeParse({ whoMayApply: who, steps: [{ en: "Apply.", ms: " " }] });
    expect(unpaired.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["steps.0.ms", "catalogue.errors.stepsPaired"]]);
  });

  it("is optional, so an instrument stored before it existed still parses", () => {
    const { howToApply: _dropped, ...stored } = matchingGrants as CatalogueItemInput & { howToApply?: unknown };
    expect(CatalogueItemSchema.safeParse(stored).success).toBe(true);
  });

  it("is carried by every shipped instrument, with steps and who may apply in every language", () => {
    const instruments = catalogue.filter(isInstrument);
    expect(instruments.length).toBeGreaterThan(10);
    for (const item of instruments) {
      expect(item.howToApply, item.id).toBeDefined();
      expect(item.howToApply!.steps.length, item.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("links only where the source gives a website (Ignite), so no generic type has a website or contact", () => {
    const linked = catalogue.filter(isInstrument).filter((item) => item.howToApply?.website);
    expect(linked.map((item) => [item.id, item.howToApply!.website])).toEqual([["ignite-national-technology-fund", "https://www.ignite.org.pk/"]]);
    for (const item of catalogue.filter((entry) => entry.kind === "instrument-type")) expect(item.howToApply?.contact, item.id).toBeUndefined();
  });
});
