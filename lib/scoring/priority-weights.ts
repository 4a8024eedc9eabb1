import { PriorityWeightsSchema, type PriorityWeights } from "./priority-weights-schema";

// The shipped priority weights. Sector multipliers are deliberately modest (1.1–1.3, one 0.8):
// they reorder gaps of similar size and leave the gap the main driver. Reasons for each
// choice are in the comments; docs/scoring.md has the formula and the tables.

export const priorityWeights: PriorityWeights = PriorityWeightsSchema.parse({
  focusAreaCount: 3,
  challengeBonus: 0.25,
  deferFactor: 0.5,
  prerequisiteBoost: 0.5,
  sectors: [
    {
      // Food safety and traceability rules, perishable supply chains, energy, water and waste.
      id: "food-beverages",
      divisions: ["10", "11", "12"],
      sections: [],
      multipliers: { lifecycle: 1.3, "resource-efficiency": 1.3, "supply-chain": 1.2, "digital-design": 0.8 },
    },
    {
      // Labour-intensive work for global buyers: working conditions, buyer data requirements, automation of sewing and cutting.
      id: "textiles-apparel",
      divisions: ["13", "14", "15"],
      sections: [],
      multipliers: { inclusion: 1.3, "supply-chain": 1.2, automation: 1.2, "resource-efficiency": 1.2 },
    },
    {
      // Material yield and energy, CAD and CNC-driven cutting in furniture and wood products.
      id: "wood-paper-furniture",
      divisions: ["16", "17", "18", "31"],
      sections: [],
      multipliers: { "resource-efficiency": 1.2, "digital-design": 1.2, automation: 1.1 },
    },
    {
      // Batch traceability, process control, hazardous materials and energy intensity.
      id: "chemicals-pharma",
      divisions: ["19", "20", "21"],
      sections: [],
      multipliers: { lifecycle: 1.3, "resource-efficiency": 1.3, operations: 1.2, inclusion: 1.2 },
    },
    {
      // Machine-paced moulding, extrusion and kilns: automation, machine data and energy and scrap.
      id: "plastics-minerals",
      divisions: ["22", "23"],
      sections: [],
      multipliers: { automation: 1.3, "resource-efficiency": 1.3, operations: 1.2, connectivity: 1.1 },
    },
    {
      // CNC machining and welding: automation, CAD/CAM chains, energy and shop-floor safety.
      id: "metals",
      divisions: ["24", "25"],
      sections: [],
      multipliers: { automation: 1.3, "digital-design": 1.2, "resource-efficiency": 1.2, inclusion: 1.1 },
    },
    {
      // Short product lives and test data: traceability, analytics, automated assembly, global supply chains.
      id: "electronics-electrical",
      divisions: ["26", "27"],
      sections: [],
      multipliers: { lifecycle: 1.3, intelligence: 1.2, automation: 1.2, "supply-chain": 1.2 },
    },
    {
      // Engineered products in tiered supply chains (OEM requirements) with service after the sale.
      id: "machinery-vehicles",
      divisions: ["28", "29", "30"],
      sections: [],
      multipliers: { "digital-design": 1.3, "supply-chain": 1.3, automation: 1.2, "after-sales": 1.2 },
    },
    {
      // Custom and small-batch products, where digital design and additive manufacturing pay off.
      id: "other-manufacturing",
      divisions: ["32"],
      sections: [],
      multipliers: { "digital-design": 1.2, lifecycle: 1.1 },
    },
    {
      // Repair and installation is a service business: technicians' skills and data-based service.
      id: "repair-installation",
      divisions: ["33"],
      sections: [],
      multipliers: { "after-sales": 1.3, "digital-services": 1.2, skills: 1.2 },
    },
    {
      // Engineering, software and R&D firms serving manufacturers (sections J and M).
      id: "technical-services",
      divisions: [],
      sections: ["J", "M"],
      multipliers: { "digital-services": 1.3, "digital-design": 1.3, intelligence: 1.2, skills: 1.2 },
    },
  ],
  challenges: {
    // Frontier technology comes through partners (universities, technology providers) and lands in analytics and design.
    "frontier-access": ["linkages", "intelligence", "digital-design"],
    // Funding needs an investment plan, and resource savings are the quickest self-financing step.
    funding: ["leadership", "resource-efficiency"],
    "firm-linkages": ["linkages", "supply-chain"],
    // Awareness of uses and benefits is a leadership and network matter.
    awareness: ["leadership", "linkages"],
    // A wider hiring pool (women, relegated groups) and training both answer a shortage of people.
    "qualified-personnel": ["skills", "inclusion"],
    reskilling: ["skills", "inclusion"],
    // Old machines are integrated through connectivity and shop-floor-to-ERP links.
    "legacy-integration": ["connectivity", "operations"],
    // Standards concern data exchange, cybersecurity and quality/traceability.
    "standards-uncertainty": ["connectivity", "supply-chain", "lifecycle"],
  },
  prerequisites: [
    // Robots and cobots need people who can program, run and maintain them.
    { dimension: "automation", requires: "skills", level: 2 },
    // Analytics and AI need machine and process data collected and connected first.
    { dimension: "intelligence", requires: "connectivity", level: 3 },
    // Sharing plans and data with partners needs reliable internal planning data.
    { dimension: "supply-chain", requires: "operations", level: 3 },
    // Lifecycle management runs on digital product data.
    { dimension: "lifecycle", requires: "digital-design", level: 2 },
    // Digital services and remote after-sales run on a connected data platform.
    { dimension: "digital-services", requires: "connectivity", level: 3 },
    { dimension: "after-sales", requires: "connectivity", level: 3 },
  ],
});
