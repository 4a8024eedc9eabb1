import { describe, expect, it } from "vitest";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import { checkEligibility } from "@/lib/recommender/eligibility";
import { readFirmProfile, type FirmProfile } from "@/lib/recommender/firm-profile";
import { variantOf } from "./arbitraries";

const malaysianSme: FirmProfile = readFirmProfile({
  country: "MY",
  sector: "25",
  employees: 40,
  exports: true,
  "offers-services": false,
  technologies: [],
  challenges: [],
});

function instrument(change: (item: Extract<CatalogueItem, { kind: "policy-instrument" }>) => void): CatalogueItem {
  return variantOf("penang-automation-cluster", (item) => {
    if (item.kind !== "policy-instrument") throw new Error("fixture");
    change(item);
  });
}

describe("checkEligibility", () => {
  it("shows a case study to any firm, unless it is retired", () => {
    expect(checkEligibility(variantOf("zc-rubber"), malaysianSme, "2026-01-01")).toEqual({ eligible: true, unchecked: [] });
    expect(checkEligibility(variantOf("zc-rubber", (item) => (item.status = "retired")), malaysianSme, "2026-01-01")).toEqual({
      eligible: false,
      cause: "retired",
    });
  });

  it("keeps a national instrument for its own country's firms, with its free-text conditions to check", () => {
    const result = checkEligibility(variantOf("penang-automation-cluster"), malaysianSme, "2026-01-01");
    expect(result.eligible).toBe(true);
    if (result.eligible) expect(result.unchecked.map((rule) => rule.rule)).toEqual(["condition", "condition"]);
  });

  it("excludes a national instrument for a firm of another country or of unknown country", () => {
    expect(checkEligibility(variantOf("penang-automation-cluster"), { ...malaysianSme, country: "ID" }, "2026-01-01")).toEqual({ eligible: false, cause: "country" });
    expect(checkEligibility(variantOf("penang-automation-cluster"), { ...malaysianSme, country: undefined }, "2026-01-01")).toEqual({
      eligible: false,
      cause: "country",
    });
  });

  it("excludes an instrument before it opens and after it closes; both days count as open", () => {
    const dated = instrument((item) => {
      item.eligibility.opensOn = "2024-03-01";
      item.eligibility.closesOn = "2024-06-30";
    });
    expect(checkEligibility(dated, malaysianSme, "2024-02-29")).toEqual({ eligible: false, cause: "not-yet-open" });
    expect(checkEligibility(dated, malaysianSme, "2024-03-01").eligible).toBe(true);
    expect(checkEligibility(dated, malaysianSme, "2024-06-30").eligible).toBe(true);
    expect(checkEligibility(dated, malaysianSme, "2024-07-01")).toEqual({ eligible: false, cause: "closed" });
    // The shipped Zhejiang plan ran 2018–2020.
    expect(checkEligibility(variantOf("zhejiang-cloud-adoption"), { ...malaysianSme, country: "CN" }, "2026-01-01")).toEqual({ eligible: false, cause: "closed" });
  });

  it("excludes a firm of a size or sector the rules do not admit", () => {
    expect(checkEligibility(variantOf("penang-automation-cluster"), { ...malaysianSme, employees: 500, sizeBand: "large" }, "2026-01-01")).toEqual({
      eligible: false,
      cause: "firm-size",
    });
    const metalOnly = instrument((item) => {
      item.sectors = ["25"];
      item.eligibility.sectors = ["25", "28"];
    });
    expect(checkEligibility(metalOnly, malaysianSme, "2026-01-01").eligible).toBe(true);
    expect(checkEligibility(metalOnly, { ...malaysianSme, sector: "10" }, "2026-01-01")).toEqual({ eligible: false, cause: "sector" });
  });

  it("turns a size or sector rule into 'check eligibility' when the profile does not say", () => {
    const metalOnly = instrument((item) => {
      item.sectors = [];
      item.eligibility.sectors = ["25", "28"];
      item.eligibility.conditions = [];
    });
    const result = checkEligibility(metalOnly, { ...malaysianSme, sector: undefined, employees: undefined, sizeBand: undefined }, "2026-01-01");
    expect(result).toEqual({
      eligible: true,
      unchecked: [
        {
          rule: "firm-size",
          condition: {
            en: "Open to firms of these sizes: micro (1–4 employees), small (5–74 employees), medium (75–200 employees).",
            ms: "Terbuka kepada syarikat bersaiz: mikro (1–4 pekerja), kecil (5–74 pekerja), sederhana (75–200 pekerja).",
          },
        },
        { rule: "sector", condition: { en: "Open to ISIC sectors 25, 28.", ms: "Terbuka kepada sektor ISIC 25, 28." } },
      ],
    });
  });

  it("decides checkable conditions from the profile and asks only when the answer is missing", () => {
    const freeZone = variantOf("free-zone-incentives");
    expect(checkEligibility(freeZone, { ...malaysianSme, exports: false }, "2026-01-01")).toEqual({ eligible: false, cause: "condition" });
    const unknown = checkEligibility(freeZone, { ...malaysianSme, exports: undefined }, "2026-01-01");
    expect(unknown.eligible && unknown.unchecked.map((rule) => rule.condition.en)).toEqual([
      "Free zones mainly admit firms that export.",
      "The firm must operate from inside the zone.",
    ]);
    const known = checkEligibility(freeZone, malaysianSme, "2026-01-01");
    expect(known.eligible && known.unchecked.map((rule) => rule.condition.en)).toEqual(["The firm must operate from inside the zone."]);

    const forServiceFirms = instrument((item) => {
      item.eligibility.conditions = [{ kind: "offers-services", value: true, text: { en: "For service providers.", ms: "Untuk penyedia perkhidmatan." } }];
    });
    expect(checkEligibility(forServiceFirms, malaysianSme, "2026-01-01")).toEqual({ eligible: false, cause: "condition" });
    expect(checkEligibility(forServiceFirms, { ...malaysianSme, offersServices: true }, "2026-01-01")).toEqual({ eligible: true, unchecked: [] });
  });

  it("offers generic instrument types in every country", () => {
    for (const country of ["MY", "KE", "PE"] as const) expect(checkEligibility(variantOf("technology-vouchers"), { ...malaysianSme, country }, "2026-01-01").eligible).toBe(true);
  });
});
