import { describe, expect, it } from "vitest";
import { countryCodes } from "@/lib/questionnaire/taxonomy";
import { readFirmProfile } from "@/lib/recommender/firm-profile";
import { regionOf, regions, RegionTableSchema } from "@/lib/recommender/regions";
import { recommenderWeights } from "@/lib/recommender/weights";
import { RecommenderWeightsSchema } from "@/lib/recommender/weights-schema";

describe("regions", () => {
  it("place every seeded country in exactly one region", () => {
    for (const country of countryCodes) expect(regions.filter((region) => region.countries.includes(country)), country).toHaveLength(1);
    expect(regionOf("MY")?.id).toBe("south-east-asia");
    expect(regionOf("PK")?.id).toBe("south-asia");
    expect(regionOf("CN")?.id).toBe("east-asia");
  });

  it("reject a country in two regions or in none", () => {
    const table = structuredClone(regions) as Array<{ id: string; name: { en: string; ms: string }; countries: string[] }>;
    table[0]!.countries.push("MY");
    table[1]!.countries = table[1]!.countries.filter((country) => country !== "ID");
    const messages = RegionTableSchema.safeParse(table).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/MY is in both/), "ID is in no region"]));
  });
});

describe("recommender weights", () => {
  it("ship valid", () => {
    expect(RecommenderWeightsSchema.safeParse(recommenderWeights).success).toBe(true);
  });

  it("keep sector similarity ordered, country above region and groups disjoint", () => {
    const broken = structuredClone(recommenderWeights);
    broken.relatedSector = broken.sameDivision + 1;
    broken.sameRegion = broken.sameCountry;
    broken.sectorGroups[1]!.divisions.push("10");
    broken.diversity.firmsLikeYours.window = broken.listLength + 1;
    const messages = RecommenderWeightsSchema.safeParse(broken).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/sameDivision > relatedSector > sameSection/),
        "sameCountry must be above sameRegion",
        expect.stringMatching(/division 10 is in both/),
        expect.stringMatching(/firmsLikeYours diversity window is longer than the list/),
      ]),
    );
  });

  it("name dimensions for every technology", () => {
    const broken = structuredClone(recommenderWeights) as unknown as { technologyDimensions: Record<string, string[]> };
    delete broken.technologyDimensions.cobots;
    expect(RecommenderWeightsSchema.safeParse(broken).success).toBe(false);
  });
});

describe("readFirmProfile", () => {
  it("reads the v1 profile answers", () => {
    expect(
      readFirmProfile({
        country: "MY",
        sector: "26",
        employees: 60,
        turnover: "1m-5m",
        exports: true,
        "offers-services": false,
        technologies: ["iot", "cobots"],
        challenges: ["reskilling", "funding"],
      }),
    ).toEqual({
      country: "MY",
      sector: "26",
      employees: 60,
      sizeBand: "small",
      exports: true,
      offersServices: false,
      technologies: ["iot", "cobots"],
      challenges: ["funding", "reskilling"], // taxonomy order, whatever the ticking order
    });
  });

  it("leaves out what is missing or malformed instead of guessing", () => {
    expect(
      readFirmProfile({ country: "XX", sector: 22, employees: 0, exports: "yes", technologies: ["none", "teleportation"], challenges: "funding" }),
    ).toEqual({
      country: undefined,
      sector: undefined,
      employees: undefined,
      sizeBand: undefined,
      exports: undefined,
      offersServices: undefined,
      technologies: [],
      challenges: [],
    });
  });

  it("does not read inherited keys", () => {
    const profile = Object.create({ country: "MY" }) as Record<string, string>;
    expect(readFirmProfile(profile).country).toBeUndefined();
  });
});
