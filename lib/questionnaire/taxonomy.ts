// Shared vocabulary of the product: the ids every questionnaire version, catalogue item,
// score and recommendation refer to. Labels live in the locale files; ids never change.

export const localeIds = ["en", "ms"] as const;
export type LocaleId = (typeof localeIds)[number];

export const factorIds = ["people", "process", "technology", "services"] as const;
export type FactorId = (typeof factorIds)[number];

/** Dimensions by factor. The services factor is the module for manufacturing-related services firms. */
export const dimensionIdsByFactor = {
  people: ["skills", "leadership", "linkages", "inclusion"],
  process: ["operations", "supply-chain", "lifecycle", "resource-efficiency"],
  technology: ["automation", "connectivity", "intelligence", "digital-design"],
  services: ["digital-services", "after-sales"],
} as const satisfies Record<FactorId, readonly string[]>;

export type DimensionId = (typeof dimensionIdsByFactor)[FactorId][number];
export const dimensionIds: readonly DimensionId[] = Object.values(dimensionIdsByFactor).flat();

/** ADP technologies (source Table 1 and the firm case studies' technology lists). */
export const technologyIds = [
  "iot",
  "industrial-sensors",
  "big-data-analytics",
  "cloud-computing",
  "artificial-intelligence",
  "machine-learning",
  "advanced-robotics",
  "cobots",
  "additive-manufacturing",
  "cad-cam",
  "digital-platform",
  "augmented-virtual-reality",
  "edge-computing",
] as const;
export type TechnologyId = (typeof technologyIds)[number];

/** Firm-level challenges (the source's policy table, Table 3). */
export const challengeIds = [
  "frontier-access",
  "funding",
  "firm-linkages",
  "awareness",
  "qualified-personnel",
  "reskilling",
  "legacy-integration",
  "standards-uncertainty",
] as const;
export type ChallengeId = (typeof challengeIds)[number];

/** Impact sub-dimensions (source Tables 4–6), grouped by impact dimension. */
export const impactIdsByDimension = {
  competitiveness: ["efficiency", "product", "business-model", "endogenous-innovation", "linkages"],
  environment: ["environmental-efficiency", "environmental-goods"],
  social: ["employment-conditions", "skills-and-roles", "relegated-groups"],
} as const;
export type ImpactId = (typeof impactIdsByDimension)[keyof typeof impactIdsByDimension][number];
export const impactIds: readonly ImpactId[] = Object.values(impactIdsByDimension).flat();

/** Firm size bands by number of employees (common SME definitions for manufacturing). */
export const firmSizeBands = [
  { id: "micro", minEmployees: 1, maxEmployees: 4 },
  { id: "small", minEmployees: 5, maxEmployees: 74 },
  { id: "medium", minEmployees: 75, maxEmployees: 200 },
  { id: "large", minEmployees: 201, maxEmployees: Number.POSITIVE_INFINITY },
] as const;
export type FirmSizeBand = (typeof firmSizeBands)[number]["id"];
export const firmSizeBandIds = firmSizeBands.map((band) => band.id) as FirmSizeBand[];

export function firmSizeBandFor(employees: number): FirmSizeBand {
  const band = firmSizeBands.find((b) => employees >= b.minEmployees && employees <= b.maxEmployees);
  return band ? band.id : "micro";
}

/**
 * ISIC Rev.4 divisions of section C (manufacturing) plus the few service divisions that
 * manufacturing-related services firms (engineering, repair, software) report.
 */
export const isicDivisions = [
  { code: "10", section: "C", name: "Food products" },
  { code: "11", section: "C", name: "Beverages" },
  { code: "12", section: "C", name: "Tobacco products" },
  { code: "13", section: "C", name: "Textiles" },
  { code: "14", section: "C", name: "Wearing apparel" },
  { code: "15", section: "C", name: "Leather and related products" },
  { code: "16", section: "C", name: "Wood and products of wood and cork" },
  { code: "17", section: "C", name: "Paper and paper products" },
  { code: "18", section: "C", name: "Printing and reproduction of recorded media" },
  { code: "19", section: "C", name: "Coke and refined petroleum products" },
  { code: "20", section: "C", name: "Chemicals and chemical products" },
  { code: "21", section: "C", name: "Basic pharmaceutical products" },
  { code: "22", section: "C", name: "Rubber and plastics products" },
  { code: "23", section: "C", name: "Other non-metallic mineral products" },
  { code: "24", section: "C", name: "Basic metals" },
  { code: "25", section: "C", name: "Fabricated metal products" },
  { code: "26", section: "C", name: "Computer, electronic and optical products" },
  { code: "27", section: "C", name: "Electrical equipment" },
  { code: "28", section: "C", name: "Machinery and equipment n.e.c." },
  { code: "29", section: "C", name: "Motor vehicles, trailers and semi-trailers" },
  { code: "30", section: "C", name: "Other transport equipment" },
  { code: "31", section: "C", name: "Furniture" },
  { code: "32", section: "C", name: "Other manufacturing" },
  { code: "33", section: "C", name: "Repair and installation of machinery and equipment" },
  { code: "62", section: "J", name: "Computer programming and consultancy" },
  { code: "71", section: "M", name: "Architectural and engineering activities; technical testing" },
  { code: "72", section: "M", name: "Scientific research and development" },
] as const;
export type IsicDivision = (typeof isicDivisions)[number]["code"];
export const isicDivisionCodes = isicDivisions.map((d) => d.code) as IsicDivision[];

export function isicSectionOf(code: string): string | undefined {
  return isicDivisions.find((d) => d.code === code)?.section;
}

/** ISO 3166-1 alpha-2 codes of the countries the product is seeded for; more may be added. */
export const countryCodes = [
  "MY", "CN", "IN", "PK", "TR", "UY", "KG", "MA", "ID", "TH", "VN", "PH", "SG", "BD", "LK",
  "KE", "NG", "ET", "ZA", "EG", "BR", "MX", "CO", "PE", "AR", "DE",
] as const;
export type CountryCode = (typeof countryCodes)[number];
