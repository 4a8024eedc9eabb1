import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { DimensionId, FactorId } from "@/lib/questionnaire/taxonomy";
import type { BandId } from "@/lib/scoring/bands";
import type { PriorityReason } from "@/lib/scoring/result-schema";

// The three worked examples of docs/scoring.md, with the results computed there by hand.
// Scores are written as the fractions the hand calculation gives (every v1 indicator weighs
// 1, so a dimension score is its level sum / 3 and a core factor score its level sum / 12).
// If a formula or a weight changes, redo the arithmetic in the doc first, then here.

type ExpectedDimension = { score: number; target: number; gap: number; band: BandId };
type ExpectedFocusArea = { dimensionId: DimensionId; priority: number; reasons: PriorityReason[] };

export type GoldenExample = {
  id: string;
  title: string;
  answers: AnswerSet;
  expected: {
    dimensions: Partial<Record<DimensionId, ExpectedDimension>>;
    factors: Partial<Record<FactorId, { score: number; band: BandId }>>;
    index: { value: number; band: BandId };
    /** Priority of every visible dimension, in ranked order. */
    ranking: Array<[DimensionId, number]>;
    focusAreas: ExpectedFocusArea[];
  };
};

/** Levels listed per dimension in the questionnaire's indicator order. */
function levelsOf(byDimension: Partial<Record<DimensionId, [number, number, number]>>): Record<string, number> {
  const ids: Record<DimensionId, [string, string, string]> = {
    skills: ["skills-operator-digital", "skills-training-system", "skills-technical-specialists"],
    leadership: ["leadership-digital-strategy", "leadership-investment", "leadership-change-management"],
    linkages: ["linkages-value-chain", "linkages-research", "linkages-networks"],
    inclusion: ["inclusion-safety", "inclusion-gender", "inclusion-job-transition"],
    operations: ["operations-planning", "operations-shop-floor-data", "operations-vertical-integration"],
    "supply-chain": ["supply-chain-data-exchange", "supply-chain-visibility", "supply-chain-planning"],
    lifecycle: ["lifecycle-development", "lifecycle-quality-traceability", "lifecycle-feedback"],
    "resource-efficiency": ["resource-energy", "resource-materials-waste", "resource-environmental-targets"],
    automation: ["automation-production", "automation-robots", "automation-handling-inspection"],
    connectivity: ["connectivity-machines", "connectivity-platform", "connectivity-cybersecurity"],
    intelligence: ["intelligence-analysis", "intelligence-predictive-ai", "intelligence-cloud"],
    "digital-design": ["design-cad", "design-cam-chain", "design-additive"],
    "digital-services": ["services-digital-offerings", "services-data-business-models", "services-customer-channels"],
    "after-sales": ["after-sales-remote-monitoring", "after-sales-predictive-maintenance", "after-sales-service-records"],
  };
  const levels: Record<string, number> = {};
  for (const [dimension, values] of Object.entries(byDimension) as Array<[DimensionId, [number, number, number]]>) {
    ids[dimension].forEach((id, index) => {
      levels[id] = values[index]!;
    });
  }
  return levels;
}

/** A small food processor just starting: everything at 0–1, no targets chosen (all default). */
export const foodStarter: GoldenExample = {
  id: "food-starter",
  title: "Small food processor just starting",
  answers: {
    profile: {
      country: "MY",
      sector: "10",
      employees: 12,
      turnover: "100k-1m",
      exports: false,
      "offers-services": false,
      technologies: ["none"],
      challenges: ["funding", "awareness", "qualified-personnel"],
    },
    levels: levelsOf({
      skills: [1, 0, 0],
      leadership: [1, 1, 0],
      linkages: [0, 0, 1],
      inclusion: [2, 1, 1],
      operations: [1, 0, 0],
      "supply-chain": [1, 0, 0],
      lifecycle: [0, 1, 1],
      "resource-efficiency": [0, 0, 1],
      automation: [1, 0, 0],
      connectivity: [0, 0, 0],
      intelligence: [0, 0, 0],
      "digital-design": [0, 0, 0],
    }),
    notes: { "lifecycle-quality-traceability": "Batch numbers written on the cartons by hand." },
    targets: {},
  },
  expected: {
    dimensions: {
      skills: { score: 1 / 3, target: 1, gap: 2 / 3, band: "newcomer" },
      leadership: { score: 2 / 3, target: 1, gap: 1 / 3, band: "newcomer" },
      linkages: { score: 1 / 3, target: 1, gap: 2 / 3, band: "newcomer" },
      inclusion: { score: 4 / 3, target: 2, gap: 2 / 3, band: "explorer" },
      operations: { score: 1 / 3, target: 1, gap: 2 / 3, band: "newcomer" },
      "supply-chain": { score: 1 / 3, target: 1, gap: 2 / 3, band: "newcomer" },
      lifecycle: { score: 2 / 3, target: 1, gap: 1 / 3, band: "newcomer" },
      "resource-efficiency": { score: 1 / 3, target: 1, gap: 2 / 3, band: "newcomer" },
      automation: { score: 1 / 3, target: 1, gap: 2 / 3, band: "newcomer" },
      connectivity: { score: 0, target: 1, gap: 1, band: "newcomer" },
      intelligence: { score: 0, target: 1, gap: 1, band: "newcomer" },
      "digital-design": { score: 0, target: 1, gap: 1, band: "newcomer" },
    },
    factors: {
      people: { score: 8 / 12, band: "newcomer" },
      process: { score: 5 / 12, band: "newcomer" },
      technology: { score: 1 / 12, band: "newcomer" },
    },
    index: { value: 7.8, band: "newcomer" },
    // No targets: each dimension counts by its distance from level 5 (need = 5 − score), issue 17.
    ranking: [
      ["skills", 8.1667],
      ["resource-efficiency", 7.5833],
      ["connectivity", 7.5],
      ["operations", 7.4667],
      ["digital-design", 6.8167],
      ["leadership", 6.5],
      ["linkages", 5.8333],
      ["inclusion", 4.5833],
      ["lifecycle", 2.8167],
      ["supply-chain", 2.8],
      ["intelligence", 2.5],
      ["automation", 2.3333],
    ],
    focusAreas: [
      {
        dimensionId: "skills",
        priority: 8.1667,
        reasons: [
          { code: "gap", gap: 2 / 3, current: 1 / 3, target: 1 },
          { code: "low-level", current: 1 / 3, need: 4.6667 },
          { code: "challenge", challenge: "qualified-personnel" },
          { code: "prerequisite-of", dimension: "automation", requiredLevel: 1 },
        ],
      },
      {
        dimensionId: "resource-efficiency",
        priority: 7.5833,
        reasons: [
          { code: "gap", gap: 2 / 3, current: 1 / 3, target: 1 },
          { code: "low-level", current: 1 / 3, need: 4.6667 },
          { code: "sector", sector: "10", multiplier: 1.3 },
          { code: "challenge", challenge: "funding" },
        ],
      },
      {
        dimensionId: "connectivity",
        priority: 7.5,
        reasons: [
          { code: "gap", gap: 1, current: 0, target: 1 },
          { code: "low-level", current: 0, need: 5 },
          { code: "prerequisite-of", dimension: "intelligence", requiredLevel: 1 },
        ],
      },
    ],
  },
};

/** A mid-size plastics moulder: strong automation, weak data; targets chosen by the firm. */
export const plasticsAutomated: GoldenExample = {
  id: "plastics-automated",
  title: "Mid-size plastics firm with strong automation but weak data",
  answers: {
    profile: {
      country: "MY",
      sector: "22",
      employees: 120,
      turnover: "10m-50m",
      exports: true,
      "offers-services": false,
      technologies: ["advanced-robotics", "industrial-sensors", "cad-cam"],
      challenges: ["legacy-integration", "qualified-personnel"],
    },
    levels: levelsOf({
      skills: [3, 2, 2],
      leadership: [3, 3, 2],
      linkages: [2, 1, 1],
      inclusion: [3, 3, 2],
      operations: [3, 1, 1],
      "supply-chain": [2, 2, 1],
      lifecycle: [3, 2, 2],
      "resource-efficiency": [3, 2, 2],
      automation: [4, 4, 3],
      connectivity: [1, 1, 1],
      intelligence: [1, 0, 0],
      "digital-design": [3, 3, 1],
    }),
    notes: {},
    targets: {
      skills: 3,
      leadership: 3,
      linkages: 2,
      inclusion: 3,
      operations: 3,
      "supply-chain": 3,
      lifecycle: 3,
      "resource-efficiency": 4,
      automation: 5,
      connectivity: 3,
      intelligence: 3,
      "digital-design": 3,
    },
  },
  expected: {
    dimensions: {
      skills: { score: 7 / 3, target: 3, gap: 2 / 3, band: "adopter" },
      leadership: { score: 8 / 3, target: 3, gap: 1 / 3, band: "adopter" },
      linkages: { score: 4 / 3, target: 2, gap: 2 / 3, band: "explorer" },
      inclusion: { score: 8 / 3, target: 3, gap: 1 / 3, band: "adopter" },
      operations: { score: 5 / 3, target: 3, gap: 4 / 3, band: "explorer" },
      "supply-chain": { score: 5 / 3, target: 3, gap: 4 / 3, band: "explorer" },
      lifecycle: { score: 7 / 3, target: 3, gap: 2 / 3, band: "adopter" },
      "resource-efficiency": { score: 7 / 3, target: 4, gap: 5 / 3, band: "adopter" },
      automation: { score: 11 / 3, target: 5, gap: 4 / 3, band: "integrator" },
      connectivity: { score: 1, target: 3, gap: 2, band: "explorer" },
      intelligence: { score: 1 / 3, target: 3, gap: 8 / 3, band: "newcomer" },
      "digital-design": { score: 7 / 3, target: 3, gap: 2 / 3, band: "adopter" },
    },
    factors: {
      people: { score: 27 / 12, band: "adopter" },
      process: { score: 24 / 12, band: "adopter" },
      technology: { score: 22 / 12, band: "explorer" },
    },
    index: { value: 40.6, band: "adopter" },
    ranking: [
      ["connectivity", 4.0833],
      ["operations", 2.6667],
      ["resource-efficiency", 2.1667],
      ["automation", 1.7333],
      ["intelligence", 1.3333],
      ["skills", 0.8333],
      ["linkages", 0.6667],
      ["supply-chain", 0.6667],
      ["lifecycle", 0.6667],
      ["digital-design", 0.6667],
      ["inclusion", 0.4167],
      ["leadership", 0.3333],
    ],
    focusAreas: [
      {
        dimensionId: "connectivity",
        priority: 4.0833,
        reasons: [
          { code: "gap", gap: 2, current: 1, target: 3 },
          { code: "sector", sector: "22", multiplier: 1.1 },
          { code: "challenge", challenge: "legacy-integration" },
          { code: "prerequisite-of", dimension: "intelligence", requiredLevel: 3 },
        ],
      },
      {
        dimensionId: "operations",
        priority: 2.6667,
        reasons: [
          { code: "gap", gap: 4 / 3, current: 5 / 3, target: 3 },
          { code: "sector", sector: "22", multiplier: 1.2 },
          { code: "challenge", challenge: "legacy-integration" },
          { code: "prerequisite-of", dimension: "supply-chain", requiredLevel: 3 },
        ],
      },
      {
        dimensionId: "resource-efficiency",
        priority: 2.1667,
        reasons: [
          { code: "gap", gap: 5 / 3, current: 7 / 3, target: 4 },
          { code: "sector", sector: "22", multiplier: 1.3 },
        ],
      },
    ],
  },
};

/** An electronics maker that also offers services: the services module is on. */
export const electronicsServices: GoldenExample = {
  id: "electronics-services",
  title: "Electronics firm offering manufacturing-related services",
  answers: {
    profile: {
      country: "TH",
      sector: "26",
      employees: 180,
      turnover: "10m-50m",
      exports: true,
      "offers-services": true,
      technologies: ["iot", "cloud-computing", "big-data-analytics", "cad-cam", "advanced-robotics"],
      // Ticked in this order on purpose: reasons follow the taxonomy's order, not the firm's.
      challenges: ["standards-uncertainty", "firm-linkages"],
    },
    levels: levelsOf({
      skills: [4, 3, 3],
      leadership: [4, 4, 3],
      linkages: [3, 2, 2],
      inclusion: [3, 3, 3],
      operations: [4, 4, 3],
      "supply-chain": [3, 3, 2],
      lifecycle: [4, 4, 3],
      "resource-efficiency": [3, 3, 3],
      automation: [4, 3, 4],
      connectivity: [4, 4, 3],
      intelligence: [3, 3, 3],
      "digital-design": [4, 4, 2],
      "digital-services": [2, 1, 2],
      "after-sales": [3, 2, 3],
    }),
    notes: {},
    targets: {
      skills: 4,
      leadership: 4,
      linkages: 4,
      inclusion: 4,
      operations: 4,
      "supply-chain": 4,
      lifecycle: 5,
      "resource-efficiency": 3,
      automation: 4,
      connectivity: 4,
      intelligence: 4,
      "digital-design": 4,
      "digital-services": 4,
      "after-sales": 4,
    },
  },
  expected: {
    dimensions: {
      skills: { score: 10 / 3, target: 4, gap: 2 / 3, band: "integrator" },
      leadership: { score: 11 / 3, target: 4, gap: 1 / 3, band: "integrator" },
      linkages: { score: 7 / 3, target: 4, gap: 5 / 3, band: "adopter" },
      inclusion: { score: 3, target: 4, gap: 1, band: "integrator" },
      operations: { score: 11 / 3, target: 4, gap: 1 / 3, band: "integrator" },
      "supply-chain": { score: 8 / 3, target: 4, gap: 4 / 3, band: "adopter" },
      lifecycle: { score: 11 / 3, target: 5, gap: 4 / 3, band: "integrator" },
      "resource-efficiency": { score: 3, target: 3, gap: 0, band: "integrator" },
      automation: { score: 11 / 3, target: 4, gap: 1 / 3, band: "integrator" },
      connectivity: { score: 11 / 3, target: 4, gap: 1 / 3, band: "integrator" },
      intelligence: { score: 3, target: 4, gap: 1, band: "integrator" },
      "digital-design": { score: 10 / 3, target: 4, gap: 2 / 3, band: "integrator" },
      "digital-services": { score: 5 / 3, target: 4, gap: 7 / 3, band: "explorer" },
      "after-sales": { score: 8 / 3, target: 4, gap: 4 / 3, band: "adopter" },
    },
    factors: {
      people: { score: 37 / 12, band: "integrator" },
      process: { score: 39 / 12, band: "integrator" },
      technology: { score: 41 / 12, band: "integrator" },
      services: { score: 13 / 6, band: "adopter" },
    },
    index: { value: 65, band: "integrator" },
    ranking: [
      ["supply-chain", 2.4],
      ["digital-services", 2.3333],
      ["lifecycle", 2.1667],
      ["linkages", 2.0833],
      ["after-sales", 1.3333],
      ["intelligence", 1.2],
      ["inclusion", 1],
      ["skills", 0.6667],
      ["digital-design", 0.6667],
      ["connectivity", 0.4167],
      ["automation", 0.4],
      ["leadership", 0.3333],
      ["operations", 0.3333],
      ["resource-efficiency", 0],
    ],
    focusAreas: [
      {
        dimensionId: "supply-chain",
        priority: 2.4,
        reasons: [
          { code: "gap", gap: 4 / 3, current: 8 / 3, target: 4 },
          { code: "sector", sector: "26", multiplier: 1.2 },
          { code: "challenge", challenge: "firm-linkages" },
          { code: "challenge", challenge: "standards-uncertainty" },
        ],
      },
      {
        dimensionId: "digital-services",
        priority: 2.3333,
        reasons: [{ code: "gap", gap: 7 / 3, current: 5 / 3, target: 4 }],
      },
      {
        dimensionId: "lifecycle",
        priority: 2.1667,
        reasons: [
          { code: "gap", gap: 4 / 3, current: 11 / 3, target: 5 },
          { code: "sector", sector: "26", multiplier: 1.3 },
          { code: "challenge", challenge: "standards-uncertainty" },
        ],
      },
    ],
  },
};

/**
 * Issue 17's complaint as an example: no targets, so every default target is one level up and
 * every gap is 1. Ranked by the gap alone, two Leader dimensions at 4.0 (resource efficiency,
 * inclusion) came before supply chain at 1.0. Ranked by the distance to level 5, supply chain leads
 * and the Leaders come last; sector and challenges reorder neighbours (automation, skills).
 */
export const plasticsDefaultTargets: GoldenExample = {
  id: "plastics-default-targets",
  title: "Plastics firm with no targets: low levels lead, not Leaders",
  answers: {
    profile: {
      country: "MY",
      sector: "22",
      employees: 60,
      turnover: "1m-5m",
      exports: true,
      "offers-services": false,
      technologies: ["none"],
      challenges: ["funding", "reskilling"],
    },
    levels: levelsOf({
      skills: [2, 2, 2],
      leadership: [3, 3, 3],
      linkages: [2, 2, 2],
      inclusion: [4, 4, 4],
      operations: [3, 3, 3],
      "supply-chain": [1, 1, 1],
      lifecycle: [3, 3, 3],
      "resource-efficiency": [4, 4, 4],
      automation: [2, 2, 2],
      connectivity: [3, 3, 3],
      intelligence: [2, 2, 2],
      "digital-design": [3, 3, 3],
    }),
    notes: {},
    targets: {},
  },
  expected: {
    dimensions: {
      skills: { score: 2, target: 3, gap: 1, band: "adopter" },
      leadership: { score: 3, target: 4, gap: 1, band: "integrator" },
      linkages: { score: 2, target: 3, gap: 1, band: "adopter" },
      inclusion: { score: 4, target: 5, gap: 1, band: "leader" },
      operations: { score: 3, target: 4, gap: 1, band: "integrator" },
      "supply-chain": { score: 1, target: 2, gap: 1, band: "explorer" },
      lifecycle: { score: 3, target: 4, gap: 1, band: "integrator" },
      "resource-efficiency": { score: 4, target: 5, gap: 1, band: "leader" },
      automation: { score: 2, target: 3, gap: 1, band: "adopter" },
      connectivity: { score: 3, target: 4, gap: 1, band: "integrator" },
      intelligence: { score: 2, target: 3, gap: 1, band: "adopter" },
      "digital-design": { score: 3, target: 4, gap: 1, band: "integrator" },
    },
    factors: {
      people: { score: 33 / 12, band: "adopter" },
      process: { score: 33 / 12, band: "adopter" },
      technology: { score: 30 / 12, band: "adopter" },
    },
    index: { value: 53.3, band: "adopter" },
    ranking: [
      ["supply-chain", 4],
      ["automation", 3.9],
      ["skills", 3.75],
      ["linkages", 3],
      ["intelligence", 3],
      ["leadership", 2.5],
      ["operations", 2.4],
      ["connectivity", 2.2],
      ["lifecycle", 2],
      ["digital-design", 2],
      ["resource-efficiency", 1.625],
      ["inclusion", 1.25],
    ],
    focusAreas: [
      {
        dimensionId: "supply-chain",
        priority: 4,
        reasons: [
          { code: "gap", gap: 1, current: 1, target: 2 },
          { code: "low-level", current: 1, need: 4 },
        ],
      },
      {
        dimensionId: "automation",
        priority: 3.9,
        reasons: [
          { code: "gap", gap: 1, current: 2, target: 3 },
          { code: "low-level", current: 2, need: 3 },
          { code: "sector", sector: "22", multiplier: 1.3 },
        ],
      },
      {
        dimensionId: "skills",
        priority: 3.75,
        reasons: [
          { code: "gap", gap: 1, current: 2, target: 3 },
          { code: "low-level", current: 2, need: 3 },
          { code: "challenge", challenge: "reskilling" },
        ],
      },
    ],
  },
};

export const goldenExamples: readonly GoldenExample[] = [foodStarter, plasticsAutomated, electronicsServices, plasticsDefaultTargets];
