// Demo data for local use only (documented in the README). Fixed ids make seeding idempotent.

export const DEMO_PASSWORD = "Readiness-Demo-2026!";

export const demoProgrammes = [
  {
    id: "00000000-0000-4000-8000-000000000101",
    name: "Penang Smart Factory Cohort 2026",
    country: "MY",
    enrolmentCode: "PENANG-2026",
    opensOn: "2026-01-15",
    closesOn: "2026-12-31",
  },
  {
    id: "00000000-0000-4000-8000-000000000102",
    name: "Selangor Food Industry Digitalisation Pilot",
    country: "MY",
    enrolmentCode: "SELANGOR-FOOD",
    opensOn: "2026-03-01",
    closesOn: "2027-02-28",
  },
] as const;

export const demoUsers = [
  { id: "00000000-0000-4000-8000-000000000001", email: "admin@adp-readiness.example", name: "Aisyah Rahman", role: "admin" },
  { id: "00000000-0000-4000-8000-000000000002", email: "officer.penang@adp-readiness.example", name: "Tan Wei Ming", role: "officer" },
  { id: "00000000-0000-4000-8000-000000000003", email: "officer.selangor@adp-readiness.example", name: "Nurul Huda Ismail", role: "officer" },
  { id: "00000000-0000-4000-8000-000000000004", email: "manager@plastikmaju.example", name: "Lim Chee Keong", role: "sme" },
  { id: "00000000-0000-4000-8000-000000000005", email: "manager@serijayafoods.example", name: "Siti Aminah Yusof", role: "sme" },
  { id: "00000000-0000-4000-8000-000000000006", email: "manager@precisionparts.example", name: "Rajesh Kumar", role: "sme" },
  { id: "00000000-0000-4000-8000-000000000007", email: "quality@plastikmaju.example", name: "Kavitha Nair", role: "sme" },
] as const;

export const demoFirms = [
  { id: "00000000-0000-4000-8000-000000000201", name: "Plastik Maju Sdn Bhd", country: "MY", sector: "22", employees: 85, managerId: demoUsers[3].id, programmeId: demoProgrammes[0].id },
  { id: "00000000-0000-4000-8000-000000000202", name: "Seri Jaya Food Industries", country: "MY", sector: "10", employees: 42, managerId: demoUsers[4].id, programmeId: demoProgrammes[1].id },
  { id: "00000000-0000-4000-8000-000000000203", name: "Precision Parts Penang Sdn Bhd", country: "MY", sector: "25", employees: 150, managerId: demoUsers[5].id, programmeId: demoProgrammes[0].id },
] as const;

/** Members besides each firm's manager: Plastik Maju's quality lead answers what she is assigned (issue 19). */
export const demoContributors = [{ firmId: demoFirms[0].id, userId: demoUsers[6].id }] as const;

/** Which officer runs which programme. */
export const demoProgrammeOfficers = [
  { programmeId: demoProgrammes[0].id, userId: demoUsers[1].id },
  { programmeId: demoProgrammes[1].id, userId: demoUsers[2].id },
] as const;

/**
 * The synthetic cohort seeded into the Penang programme (scripts/lib/synthetic-cohort.ts), so the
 * review queue, cohort analytics and an SME's peer comparison have data from the first start. Its
 * firms have no user accounts; the demo SME firms' own assessments are demoFirmHistories.
 * Rubber and plastics, Plastik Maju's sector, is weighted up so its peer group is large enough,
 * and half the firms submitted in the last two months, so the queue has work waiting.
 */
export const demoCohort = {
  programmeId: demoProgrammes[0].id,
  firms: 40,
  seed: 2026,
  sectorWeights: { "22": 30 },
  recentShare: 0.5,
} as const;

/**
 * One assessment for each demo SME firm (scripts/lib/synthetic-cohort.ts writeDemoFirmHistory), so
 * each demo login opens on a different stage of the review: Plastik Maju's was returned once and
 * then approved with validated scores (results, validation and PDF report, progress since its
 * first assessment early in the programme, and a re-assessment to start); Seri Jaya's was just
 * returned with the officer's reason and comments; Precision Parts' waits in the Penang officer's
 * queue. Answers are drawn around each firm's maturity and scored by the real engine.
 */
export const demoFirmHistories = [
  {
    firm: demoFirms[0],
    programmeId: demoFirms[0].programmeId,
    stage: "approved",
    returnedBefore: true,
    submittedDaysAgo: 120,
    maturity: 2.1,
    technologies: ["cad-cam", "industrial-sensors", "cloud-computing"],
    earlier: { submittedDaysAgo: 290, maturity: 1.6, technologies: ["cad-cam"] },
  },
  {
    firm: demoFirms[1],
    programmeId: demoFirms[1].programmeId,
    stage: "returned",
    returnedBefore: false,
    submittedDaysAgo: 9,
    maturity: 1.4,
    technologies: ["cloud-computing"],
  },
  {
    firm: demoFirms[2],
    programmeId: demoFirms[2].programmeId,
    stage: "submitted",
    returnedBefore: false,
    submittedDaysAgo: 2,
    maturity: 2.6,
    technologies: ["cad-cam", "advanced-robotics", "industrial-sensors", "iot"],
  },
] as const;

/**
 * Plastik Maju's improvement plan, begun after its first assessment: two actions done between its
 * first and second submissions (its results' progress shows them beside their dimensions), one in
 * progress and one planned, so the officer's review page, the PDF report and the Penang cohort's
 * demand view have a plan to show from the first start. Days count back (negative: ahead) from the
 * day the demo is seeded, as the histories' submission days do; costs are in MYR.
 */
export const demoPlanActions = [
  {
    id: "00000000-0000-4000-8000-000000000401",
    dimensionId: "skills",
    title: "Train two setters on the CAD/CAM workflow",
    status: "done",
    startsDaysAgo: 260,
    dueDaysAgo: 190,
    completedDaysAgo: 200,
    estimatedCost: 18_000,
    instrumentId: "training-and-apprenticeships",
  },
  {
    id: "00000000-0000-4000-8000-000000000402",
    dimensionId: "connectivity",
    title: "Put sensors on the three injection-moulding lines",
    status: "done",
    startsDaysAgo: 240,
    dueDaysAgo: 140,
    completedDaysAgo: 150,
    estimatedCost: 95_000,
    instrumentId: "industry4wrd-first-enablers",
  },
  {
    id: "00000000-0000-4000-8000-000000000403",
    dimensionId: "intelligence",
    title: "Show scrap rates per line on a shop-floor dashboard",
    status: "in_progress",
    startsDaysAgo: 60,
    dueDaysAgo: -60,
    completedDaysAgo: null,
    estimatedCost: 40_000,
    instrumentId: null,
  },
  {
    id: "00000000-0000-4000-8000-000000000404",
    dimensionId: "automation",
    title: "Pilot a cobot at the packing station",
    status: "planned",
    startsDaysAgo: -30,
    dueDaysAgo: -210,
    completedDaysAgo: null,
    estimatedCost: 250_000,
    instrumentId: "matching-grants",
  },
] as const;
