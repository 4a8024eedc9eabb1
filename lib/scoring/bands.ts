import { z } from "zod";
import { maxLevel } from "@/lib/questionnaire/version-schema";

// Named readiness bands. One table serves the readiness index (0–100) and every 0–5 score
// (dimension, factor), which is read on the same table after scaling by 100 / 5 = 20, so a
// dimension at 3.0 and an index of 60 carry the same name. The thresholds sit on whole levels
// of the maturity scale (index 20 = an average of level 1, 40 = level 2, …), so a band
// always says which level the firm has reached on average.

export const bandIds = ["newcomer", "explorer", "adopter", "integrator", "leader"] as const;
export type BandId = (typeof bandIds)[number];

export const BandSchema = z.strictObject({
  id: z.enum(bandIds),
  /** Lowest index (0–100) in the band, inclusive; the band runs up to the next band's minimum. */
  minIndex: z.number().min(0).max(100),
  /** English name for the API and docs; the UI translates the id. */
  name: z.string().min(1),
  /** One line a manager can act on. */
  meaning: z.string().min(1),
});
export type Band = z.infer<typeof BandSchema>;

export const BandTableSchema = z
  .array(BandSchema)
  .min(2)
  .superRefine((table, ctx) => {
    if (table[0]?.minIndex !== 0) ctx.addIssue({ code: "custom", message: "the first band must start at 0", path: [0, "minIndex"] });
    table.forEach((band, index) => {
      const previous = table[index - 1];
      if (previous && band.minIndex <= previous.minIndex) {
        ctx.addIssue({ code: "custom", message: "bands must be in strictly ascending order of minIndex", path: [index, "minIndex"] });
      }
    });
    const ids = table.map((band) => band.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "a band id is used twice", path: [] });
  });

export const bands: readonly Band[] = Object.freeze(
  BandTableSchema.parse([
    {
      id: "newcomer",
      minIndex: 0,
      name: "Newcomer",
      meaning: "Digital production has not really started; build awareness and choose a first, small pilot.",
    },
    {
      id: "explorer",
      minIndex: 20,
      name: "Explorer",
      meaning: "First informal steps by a few people; turn the most promising one into a routine with an owner.",
    },
    {
      id: "adopter",
      minIndex: 40,
      name: "Adopter",
      meaning: "Digital tools work in some areas or lines; standardise them and extend them across the plant.",
    },
    {
      id: "integrator",
      minIndex: 60,
      name: "Integrator",
      meaning: "Established practice plant-wide; connect systems, suppliers and customers and decide on the data.",
    },
    {
      id: "leader",
      minIndex: 80,
      name: "Leader",
      meaning: "Integrated, data-driven and continuously improved; keep the lead and share what works with others.",
    },
  ]),
);

// Module-local copies: scoring reads bands dozens of times per assessment.
const bandMinimums = bands.map((band) => band.minIndex);
const bandOrder = bands.map((band) => band.id);
const scoreToIndex = 100 / maxLevel;

/** The band of a readiness index (0–100): the last band whose minimum it reaches. */
export function bandForIndex(index: number): BandId {
  let found = 0;
  for (let i = 1; i < bandMinimums.length; i += 1) if (index >= bandMinimums[i]!) found = i;
  return bandOrder[found]!;
}

/** The band of a 0–5 score (dimension or factor), read on the index table. */
export function bandForScore(score: number): BandId {
  // Multiplying by 20 is exact for whole and half levels, so a score of exactly 3 is never read as 59.999….
  return bandForIndex(score * scoreToIndex);
}

export function getBand(id: BandId): Band {
  const band = bands.find((b) => b.id === id);
  if (!band) throw new Error(`Unknown band "${id}"`);
  return band;
}
