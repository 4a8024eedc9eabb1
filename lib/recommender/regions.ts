import { z } from "zod";
import { LocalizedTextSchema } from "@/lib/catalogue/item-schema";
import { countryCodes, type CountryCode } from "@/lib/questionnaire/taxonomy";

// World regions as data: a firm learns most from cases in its own country, then from its region
// (similar markets, institutions and often trade agreements). Every seeded country is in exactly
// one region; a country added to the taxonomy must be placed here too (the schema says which).

const CountryCodeSchema = z.enum(countryCodes);

export const RegionSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: LocalizedTextSchema,
  countries: z.array(CountryCodeSchema).min(1),
});
export type Region = z.infer<typeof RegionSchema>;

export const RegionTableSchema = z.array(RegionSchema).superRefine((regions, ctx) => {
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  regions.forEach((region, index) => {
    if (ids.has(region.id)) ctx.addIssue({ code: "custom", message: `region "${region.id}" is listed twice`, path: [index, "id"] });
    ids.add(region.id);
    for (const country of region.countries) {
      const previous = owner.get(country);
      if (previous) ctx.addIssue({ code: "custom", message: `${country} is in both "${previous}" and "${region.id}"`, path: [index, "countries"] });
      owner.set(country, region.id);
    }
  });
  for (const country of countryCodes) {
    if (!owner.has(country)) ctx.addIssue({ code: "custom", message: `${country} is in no region`, path: [] });
  }
});

export const regions: readonly Region[] = RegionTableSchema.parse([
  { id: "east-asia", name: { en: "East Asia", ms: "Asia Timur" }, countries: ["CN"] },
  { id: "south-east-asia", name: { en: "South-East Asia", ms: "Asia Tenggara" }, countries: ["MY", "ID", "TH", "VN", "PH", "SG"] },
  { id: "south-asia", name: { en: "South Asia", ms: "Asia Selatan" }, countries: ["IN", "PK", "BD", "LK"] },
  { id: "central-asia", name: { en: "Central Asia", ms: "Asia Tengah" }, countries: ["KG"] },
  // Türkiye's appliance and automotive industries sit in European supply chains (Arçelik's smart factory is in Romania).
  { id: "europe", name: { en: "Europe and Türkiye", ms: "Eropah dan Türkiye" }, countries: ["TR", "DE"] },
  { id: "north-africa", name: { en: "North Africa", ms: "Afrika Utara" }, countries: ["MA", "EG"] },
  { id: "sub-saharan-africa", name: { en: "Sub-Saharan Africa", ms: "Afrika Sub-Sahara" }, countries: ["KE", "NG", "ET", "ZA"] },
  { id: "latin-america", name: { en: "Latin America", ms: "Amerika Latin" }, countries: ["UY", "BR", "MX", "CO", "PE", "AR"] },
]);

const regionByCountry = new Map<CountryCode, Region>(regions.flatMap((region) => region.countries.map((country) => [country, region] as const)));

export function regionOf(country: CountryCode): Region | undefined {
  return regionByCountry.get(country);
}

export function getRegion(id: string): Region | undefined {
  return regions.find((region) => region.id === id);
}
