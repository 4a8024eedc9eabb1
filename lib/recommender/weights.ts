import { RecommenderWeightsSchema, type RecommenderWeights } from "./weights-schema";

// The shipped recommender weights. The gap is the main driver (a case about the firm's top gap
// earns up to 3 points per dimension), sector similarity comes next, and country, size and
// challenges break ties between otherwise similar items. docs/recommender.md has the formula,
// the reasons for each number and the evaluation figures they give.

export const recommenderWeights: RecommenderWeights = RecommenderWeightsSchema.parse({
  // The three gaps the firm should act on first (the scoring's focus areas).
  focusDimensionCount: 3,
  gapDimension: 3,
  // A technology that closes one of the firm's gaps tells more than one it already has.
  technologyForGap: 1.5,
  technologyInUse: 1,
  maxTechnologyMatches: 2,
  // Same ISIC division (a tyre maker for a tyre maker) is worth as much as the top gap.
  sameDivision: 3,
  relatedSector: 1.5,
  sameSection: 0.5,
  challenge: { caseStudy: 1.5, instrument: 2.5 },
  // A case of a firm the reader's size says more than one of a firm twice its size: size similarity
  // is worth a related sector for cases (decision in docs/recommender.md, "Firm size").
  sizeFit: { caseStudy: 1.5, instrument: 1.5 },
  sizeNear: { caseStudy: 0.5, instrument: 0 },
  // Rented by use (cloud), one unit beside people without fences (cobots), printers and print
  // services (additive), per-seat software (CAD/CAM). Platforms, IoT and robot lines are built at scale.
  smallScaleTechnologies: ["cloud-computing", "cobots", "additive-manufacturing", "cad-cam"],
  conditionMet: 1,
  sameCountry: 2,
  sameRegion: 1,
  minScore: 2.5,
  listLength: 5,
  diversity: {
    firmsLikeYours: { window: 5, maxSameTechnology: 2, maxSameCountry: 2, maxSameMechanism: 5 },
    // Every national instrument is from the firm's own country, so the country cap is looser here;
    // the mechanism cap keeps the list from being five kinds of grant.
    supportYouCanUse: { window: 5, maxSameTechnology: 2, maxSameCountry: 3, maxSameMechanism: 2 },
  },
  technologyDimensions: {
    iot: ["connectivity", "operations", "after-sales"],
    "industrial-sensors": ["connectivity", "operations", "resource-efficiency"],
    "big-data-analytics": ["intelligence", "operations"],
    "cloud-computing": ["intelligence", "connectivity", "digital-services"],
    "artificial-intelligence": ["intelligence"],
    "machine-learning": ["intelligence"],
    "advanced-robotics": ["automation"],
    // Cobots take hazardous and strenuous tasks off people as well as automating them.
    cobots: ["automation", "inclusion"],
    "additive-manufacturing": ["digital-design", "lifecycle"],
    "cad-cam": ["digital-design", "lifecycle"],
    "digital-platform": ["supply-chain", "digital-services", "connectivity"],
    "augmented-virtual-reality": ["skills", "digital-design"],
    "edge-computing": ["connectivity", "intelligence"],
  },
  // Mirrors the scoring's sector groups (lib/scoring/priority-weights.ts), with repair (33) joined
  // to machinery: a machinery maker learns from a repair firm's cases and the other way round.
  sectorGroups: [
    { id: "food-beverages", divisions: ["10", "11", "12"] },
    { id: "textiles-apparel", divisions: ["13", "14", "15"] },
    { id: "wood-paper-furniture", divisions: ["16", "17", "18", "31"] },
    { id: "chemicals-pharma", divisions: ["19", "20", "21"] },
    { id: "plastics-minerals", divisions: ["22", "23"] },
    { id: "metals", divisions: ["24", "25"] },
    { id: "electronics-electrical", divisions: ["26", "27"] },
    { id: "machinery-vehicles", divisions: ["28", "29", "30", "33"] },
    { id: "technical-services", divisions: ["62", "71", "72"] },
  ],
});
