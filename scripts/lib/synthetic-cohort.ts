// Synthetic cohorts for load tests, benchmarks, analytics tests and the demo: realistic firms of
// Malaysian manufacturing answering the real questionnaire, scored by the real scoring, moved
// through the review workflow (submitted, in review, approved with validated levels, returned with
// a new draft, re-assessed a year later), and stored exactly as the app stores them.
//
// Deterministic: the same seed, programme and firm count give the same firms, answers, statuses
// and ids (dates are relative to `now`, the start of the current UTC day unless given).
import type { AuditAction } from "@/lib/audit/audit-actions";
import { createHash } from "node:crypto";
import { eq, getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Pool } from "pg";
import type { Database } from "@/lib/db/client";
import { refreshPlannerStatistics } from "@/lib/db/queries/planner-statistics";
import {
  assessmentRevisions,
  assessments,
  auditEvents,
  firms,
  firmMemberships,
  indicatorValidations,
  notifications,
  programmeEnrolments,
  programmeOfficers,
  programmes,
  reviewComments,
  reviewDecisions,
  users,
} from "@/lib/db/schema";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { currentQuestionnaireId, getPublishedQuestionnaire, type PublishedQuestionnaire } from "@/lib/questionnaire/published";
import {
  firmSizeBandFor,
  type ChallengeId,
  type FirmSizeBand,
  type IsicDivision,
  type TechnologyId,
} from "@/lib/questionnaire/taxonomy";
import { revisionScoreColumns } from "@/lib/db/queries/revision-score-columns";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { reviewAuditActions } from "@/lib/review/history";
import { scoreValidatedSubmission, type IndicatorValidationLevel } from "@/lib/review/validated-scores";
import { validatedScoreColumns } from "@/lib/db/queries/validated-score-columns";
import { scoreSubmission, type SubmissionScores } from "@/lib/scoring/submission-scores";

export type SyntheticCohortOptions = {
  firms: number;
  /** An existing programme to fill; a new "Synthetic cohort" programme when absent. */
  programmeId?: string;
  seed?: number;
  onProgress?: (done: number) => void;
  /** Relative weights that replace the default sector mix for the sectors named (e.g. more rubber and plastics). */
  sectorWeights?: Partial<Record<IsicDivision, number>>;
  /** Share of firms whose first submission is from the last two months, the programme's current intake (default 0.3). */
  recentShare?: number;
  /** Submissions are spread over the 18 months before this day (default: today, 00:00 UTC). */
  now?: Date;
  /** Firms generated and written per transaction. */
  batchSize?: number;
};

export type SyntheticCohortResult = { programmeId: string; assessments: number };

export const defaultSyntheticSeed = 20_260_101;
const dayMs = 86_400_000;
/** How far back submissions go. */
const spanDays = 548;

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for synthetic data, and the same on every platform. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A 32-bit seed from text, so each firm draws from its own stream (firm i is the same whatever the batch size). */
function seedFrom(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32LE(0);
}

class Random {
  constructor(private readonly next: () => number) {}
  static from(text: string): Random {
    return new Random(mulberry32(seedFrom(text)));
  }
  float(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** Log-uniform integer: firm sizes cluster at the small end of each band, as they do. */
  logInt(min: number, max: number): number {
    return Math.min(max, Math.floor(Math.exp(Math.log(min) + this.next() * (Math.log(max + 1) - Math.log(min)))));
  }
  normal(mean = 0, sd = 1): number {
    const u = Math.max(this.next(), Number.EPSILON);
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries.at(-1)![0];
  }
  /** `count` distinct items, each drawn by weight. */
  sample<T extends string>(weights: Readonly<Record<T, number>>, count: number): T[] {
    const left = { ...weights };
    const chosen: T[] = [];
    while (chosen.length < count && Object.keys(left).length > 0) {
      const value = this.weighted(left);
      chosen.push(value);
      delete left[value];
    }
    return chosen;
  }
}

/** A version-4-shaped UUID from a hash of `name`: deterministic, and distinct for distinct names. */
function uuidFrom(name: string): string {
  const bytes = createHash("sha256").update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id the generator gives firm `index` of a run (seed, programme): lets a caller tell whether that run was already written. */
export function syntheticFirmId(seed: number, programmeId: string, index: number): string {
  return uuidFrom(`${seed}:${programmeId}:firm:${index}`);
}

// ---------------------------------------------------------------------------------------------
// The firms: sector and size mix of Malaysian manufacturing SMEs
// ---------------------------------------------------------------------------------------------

/** Share of manufacturing SME establishments by ISIC division (rounded, after SME Corp. Malaysia's census profile). */
const defaultSectorWeights: Partial<Record<IsicDivision, number>> = {
  "10": 19, // food products
  "25": 13, // fabricated metal
  "22": 12, // rubber and plastics
  "26": 9, // electronics
  "28": 7, // machinery
  "20": 6, // chemicals
  "23": 5, // non-metallic minerals
  "31": 5, // furniture
  "14": 3, // apparel
  "16": 3, // wood
  "17": 3, // paper
  "18": 3, // printing
  "27": 3, // electrical equipment
  "13": 2, // textiles
  "24": 2, // basic metals
  "29": 2, // motor vehicle parts
  "32": 2, // other manufacturing
  "11": 1, // beverages
  "33": 1, // repair and installation
};

/** Mostly small and medium firms, as in SME programmes. */
const sizeWeights: Record<FirmSizeBand, number> = { micro: 8, small: 55, medium: 30, large: 7 };
const employeeRange: Record<FirmSizeBand, [number, number]> = { micro: [1, 4], small: [5, 74], medium: [75, 200], large: [201, 800] };

/** Latent maturity (0–5 scale) by size: larger firms have more of everything. */
const baseMaturity: Record<FirmSizeBand, number> = { micro: 0.9, small: 1.5, medium: 2.2, large: 2.9 };
/** Sector offsets: electronics and automotive suppliers ahead, wood, furniture and apparel behind. */
const sectorMaturity: Partial<Record<IsicDivision, number>> = {
  "26": 0.45, "29": 0.3, "21": 0.3, "27": 0.25, "20": 0.15, "28": 0.1, "22": 0.05, "24": 0.05,
  "10": -0.15, "23": -0.1, "17": -0.1, "32": -0.1, "18": -0.05, "11": -0.05,
  "13": -0.3, "14": -0.3, "15": -0.3, "31": -0.3, "16": -0.35,
};
/** Technology lags people most in small firms (machines cost more than training); large firms invest in it. */
const technologyOffset: Record<FirmSizeBand, number> = { micro: -0.6, small: -0.45, medium: -0.15, large: 0.1 };
const factorOffset: Record<string, number> = { people: 0.15, process: 0, services: -0.2 };
/** Typical profile across dimensions: safety and basic operations first, analytics and data links last. */
const dimensionOffset: Record<string, number> = {
  skills: 0, leadership: 0.2, linkages: -0.2, inclusion: 0.3,
  operations: 0.2, "supply-chain": -0.1, lifecycle: 0, "resource-efficiency": -0.1,
  automation: 0.2, connectivity: -0.1, intelligence: -0.5, "digital-design": 0,
  "digital-services": -0.1, "after-sales": -0.2,
};
const designHeavySectors = new Set<string>(["26", "27", "28", "29", "25"]);
const servicesSectors = new Set<string>(["28", "33", "26", "27"]);

const turnoverBySize: Record<FirmSizeBand, Record<string, number>> = {
  micro: { "under-100k": 6, "100k-1m": 3, "not-disclosed": 1 },
  small: { "100k-1m": 4, "1m-5m": 5, "5m-10m": 1, "not-disclosed": 1 },
  medium: { "1m-5m": 2, "5m-10m": 4, "10m-50m": 4, "not-disclosed": 1 },
  large: { "10m-50m": 5, "over-50m": 4, "not-disclosed": 1 },
};
const exportChance: Record<FirmSizeBand, number> = { micro: 0.1, small: 0.3, medium: 0.55, large: 0.75 };

/** Technologies by how early firms adopt them; a firm's maturity decides how far down the list it gets. */
const technologyWeights: Record<TechnologyId, number> = {
  "cad-cam": 10, "industrial-sensors": 8, "cloud-computing": 8, "digital-platform": 6, iot: 6, "advanced-robotics": 4,
  "big-data-analytics": 3, cobots: 3, "additive-manufacturing": 2, "edge-computing": 2, "machine-learning": 1.5,
  "artificial-intelligence": 1.5, "augmented-virtual-reality": 1,
};
const challengeWeights: Record<ChallengeId, number> = {
  funding: 25, "qualified-personnel": 18, awareness: 14, reskilling: 12, "legacy-integration": 11,
  "frontier-access": 7, "firm-linkages": 7, "standards-uncertainty": 6,
};

// Names: Malaysian firm names mix Malay words, places and an English trade word.
const malayWords = [
  "Maju", "Jaya", "Setia", "Bersatu", "Gemilang", "Cemerlang", "Sinar", "Teguh", "Mega", "Prima", "Indah", "Harapan",
  "Sentosa", "Makmur", "Bestari", "Murni", "Wawasan", "Mutiara", "Bintang", "Cahaya", "Perdana", "Utama", "Saujana",
  "Permata", "Nusantara", "Delima", "Kencana", "Wira", "Budi", "Tekun",
];
const englishWords = ["Delta", "Omega", "Orient", "Pacific", "Golden", "Eastern", "Union", "Apex", "Summit", "Vertex", "Pioneer", "Crest", "Unity", "Zenith", "Evergreen", "Straits", "Everbright", "Kingston", "Sunrise", "Highland"];
const places = ["Penang", "Prai", "Bayan Lepas", "Kulim", "Klang", "Shah Alam", "Senai", "Ipoh", "Seremban", "Melaka", "Johor", "Kuantan", "Batu Pahat", "Nilai", "Rawang", "Bukit Minyak", "Sungai Petani", "Pasir Gudang", "Kota Bharu", "Kuching", "Kemaman", "Muar", "Taiping", "Teluk Intan", "Bangi"];
const tradeWords: Partial<Record<IsicDivision, string[]>> = {
  "10": ["Food Industries", "Foods", "Bakery", "Snacks", "Agro Products", "Sauce Manufacturing", "Frozen Foods"],
  "11": ["Beverages", "Drinks", "Mineral Water"],
  "13": ["Textiles", "Weaving", "Yarn Mills"],
  "14": ["Garments", "Apparel", "Batik Craft"],
  "16": ["Timber Products", "Wood Industries", "Pallets"],
  "17": ["Paper Products", "Corrugated Cartons", "Paper Mills"],
  "18": ["Printing", "Print & Pack", "Labels"],
  "20": ["Chemicals", "Coatings", "Specialty Chemicals", "Adhesives"],
  "22": ["Plastics", "Polymer", "Rubber Products", "Moulding", "Packaging", "Latex Industries", "Extrusion"],
  "23": ["Ceramics", "Glass Industries", "Concrete Products", "Tiles"],
  "24": ["Steel Mills", "Alloys", "Metal Industries"],
  "25": ["Metal Works", "Engineering", "Precision Engineering", "Steel Fabrication", "Stamping", "Fasteners"],
  "26": ["Electronics", "Technologies", "Semiconductor", "Circuits", "Microsystems", "Optronics"],
  "27": ["Electrical", "Cables", "Switchgear", "Power Systems"],
  "28": ["Machinery", "Automation", "Equipment", "Industrial Systems", "Tooling"],
  "29": ["Auto Parts", "Automotive Components", "Coachworks"],
  "31": ["Furniture", "Furnishings", "Woodcraft"],
  "32": ["Industries", "Products", "Manufacturing"],
  "33": ["Maintenance Services", "Machine Repair", "Installation Services"],
};

/** Names the demo accounts' firms and e2e tests use: a synthetic firm must never contain one. */
const reservedNames = ["plastik maju", "seri jaya", "precision parts"];

// ---------------------------------------------------------------------------------------------
// Words officers and firms write
// ---------------------------------------------------------------------------------------------

const lowerJustifications = [
  "Seen on the site visit: the practice is planned but not yet in daily use.",
  "The evidence shows one line only, not the whole plant; one level lower fits better.",
  "No records were shown for this; the written procedure exists but is not followed everywhere.",
  "The system is installed but operators still work from paper; adjusted down by one level.",
  "Interview with the production manager: the data is collected but nobody reviews it yet.",
];
const higherJustifications = ["The firm was modest: the maintenance logs show this is routine on every line."];
const confirmJustifications = ["Confirmed on the site visit.", "Confirmed from the documents provided.", "Matches what we saw on the shop floor."];
const returnReasons = [
  "Please add evidence for the automation and connectivity levels: a photo of the line or an extract of the maintenance log is enough.",
  "Several technology ratings look higher than what we saw on the visit. Please check them with your production manager and add a note where you keep them.",
  "The targets are missing for the dimensions you want to work on first. Please set them and resubmit.",
  "Please describe your training records in the notes; the skills ratings need evidence before approval.",
];
const reviewCommentBodies = [
  "Could you share the energy readings you mention? They would support this rating.",
  "Good progress here compared with similar firms in the programme.",
  "We would like to see the production plan on the visit next week.",
  "Please tell us which suppliers exchange data with you electronically.",
];
const firmNotes = [
  "Started a pilot on line 2 this year.",
  "The new ERP goes live next quarter.",
  "Our supervisor attended a course at the skills development centre.",
  "Only the export products are covered so far.",
  "Records kept in spreadsheets, updated weekly.",
  "We share forecasts with our two main customers by email.",
];

// ---------------------------------------------------------------------------------------------
// One firm's story
// ---------------------------------------------------------------------------------------------

type Context = {
  seed: number;
  programmeId: string;
  country: string;
  questionnaire: PublishedQuestionnaire;
  targets: Readonly<Record<string, number>>;
  reviewerId: string;
  now: number;
  sectors: IsicDivision[];
  names: Set<string>;
  recentShare: number;
};

type Rows = {
  firms: (typeof firms.$inferInsert)[];
  enrolments: (typeof programmeEnrolments.$inferInsert)[];
  assessments: (typeof assessments.$inferInsert)[];
  revisions: (typeof assessmentRevisions.$inferInsert)[];
  decisions: (typeof reviewDecisions.$inferInsert)[];
  validations: (typeof indicatorValidations.$inferInsert)[];
  comments: (typeof reviewComments.$inferInsert)[];
  audit: (typeof auditEvents.$inferInsert)[];
  notifications: (typeof notifications.$inferInsert)[];
};

const emptyRows = (): Rows => ({ firms: [], enrolments: [], assessments: [], revisions: [], decisions: [], validations: [], comments: [], audit: [], notifications: [] });

const clampLevel = (value: number) => Math.max(0, Math.min(5, Math.round(value)));

function firmName(random: Random, sector: IsicDivision, size: FirmSizeBand, names: Set<string>): string {
  const trade = random.pick(tradeWords[sector] ?? ["Industries"]);
  const legal = size === "micro" && random.chance(0.5) ? "Enterprise" : size === "large" && random.chance(0.2) ? "Berhad" : "Sdn Bhd";
  const style = random.float();
  let base: string;
  if (style < 0.6) {
    const first = random.pick(malayWords);
    const second = random.chance(0.5) ? ` ${random.pick(malayWords.filter((word) => word !== first))}` : "";
    base = `${first}${second} ${trade}`;
  } else if (style < 0.85) base = `${random.pick(places)} ${trade}`;
  else base = `${random.pick(englishWords)} ${trade}${legal === "Sdn Bhd" ? " (M)" : ""}`;
  let name = `${base} ${legal}`;
  for (let attempt = 0; names.has(name) || reservedNames.some((reserved) => name.toLowerCase().includes(reserved)); attempt += 1) {
    name = attempt < 3 ? `${base} (${random.pick(places)}) ${legal}` : `${base} ${attempt} ${legal}`;
  }
  names.add(name);
  return name;
}

type FirmProfile = { id: string; name: string; sector: IsicDivision; size: FirmSizeBand; employees: number; maturity: number };

/**
 * The firm's answers at a given latent maturity. A re-assessment passes the earlier answers: the
 * same firm keeps its turnover band, exports and services, and only its levels, technologies and
 * challenges move on.
 */
function answerQuestionnaire(context: Context, firm: FirmProfile, maturity: number, random: Random, previous?: AnswerSet): AnswerSet {
  const offersServices = previous ? previous.profile["offers-services"] === true : random.chance(servicesSectors.has(firm.sector) ? 0.35 : 0.1);
  const technologyCount = Math.max(0, Math.min(6, Math.round(maturity * 1.3 + random.normal(0, 0.8) - 0.5)));
  const technologies: string[] = technologyCount === 0 ? ["none"] : random.sample(technologyWeights, technologyCount);
  const challengeCount = random.int(1, 3);
  const challenges = random.sample(
    { ...challengeWeights, awareness: challengeWeights.awareness * (maturity < 1.5 ? 2 : 0.6) },
    challengeCount,
  );
  const answers: AnswerSet = {
    profile: {
      country: context.country,
      sector: firm.sector,
      employees: firm.employees,
      turnover: previous ? previous.profile.turnover! : random.weighted(turnoverBySize[firm.size]),
      exports: previous ? previous.profile.exports! : random.chance(exportChance[firm.size] + (firm.sector === "26" ? 0.2 : 0)),
      "offers-services": offersServices,
      technologies,
      challenges,
    },
    levels: {},
    notes: {},
    targets: {},
  };
  const dimensions = listVisibleDimensions(context.questionnaire.structure, answers);
  const dimensionLevel = new Map<string, number>();
  for (const { factorId, dimension, indicators } of dimensions) {
    let level =
      maturity +
      (factorId === "technology" ? technologyOffset[firm.size] : (factorOffset[factorId] ?? 0)) +
      (dimensionOffset[dimension.id] ?? 0) +
      (dimension.id === "digital-design" && designHeavySectors.has(firm.sector) ? 0.3 : 0) +
      random.normal(0, 0.35);
    // Analytics builds on connected machines: intelligence rarely runs ahead of connectivity.
    if (dimension.id === "intelligence") level = Math.min(level, (dimensionLevel.get("connectivity") ?? level) + 0.5);
    dimensionLevel.set(dimension.id, level);
    for (const indicator of indicators) answers.levels[indicator.id] = clampLevel(level + random.normal(0, 0.55));
  }
  if (random.chance(0.25)) {
    const indicatorIds = dimensions.flatMap((d) => d.indicators.map((i) => i.id));
    for (let n = random.int(1, 3); n > 0; n -= 1) answers.notes[random.pick(indicatorIds)] = random.pick(firmNotes);
  }
  if (random.chance(0.5)) {
    for (const { dimension, indicators } of dimensions) {
      if (!random.chance(0.6)) continue;
      const current = indicators.reduce((sum, i) => sum + answers.levels[i.id]!, 0) / indicators.length;
      answers.targets[dimension.id] = Math.max(1, Math.min(5, Math.ceil(current) + (random.chance(0.6) ? 1 : 2)));
    }
  }
  return answers;
}

export type Stage = "submitted" | "in_review" | "approved" | "returned";

/** A chosen outcome instead of one drawn by the submission's age (the demo firms' stories). */
type AssessmentPlan = { stage: Stage; returnedBefore: boolean };

type WrittenAssessment = {
  id: string;
  stage: Stage;
  /** When the latest submitted revision was submitted. */
  submittedAt: Date;
  /** The latest submitted revision's number. */
  revision: number;
  /** When it was approved or returned; null while it waits for review. */
  decidedAt: Date | null;
  returnReason: string | null;
};

/** What happened to a submission of a given age: recent ones wait, older ones were decided. */
function stageFor(random: Random, ageDays: number): Stage {
  if (ageDays < 21) return random.weighted({ submitted: 55, in_review: 30, approved: 10, returned: 5 });
  if (ageDays < 60) return random.weighted({ submitted: 25, in_review: 35, approved: 30, returned: 10 });
  // Old reviews are closed; a returned one the firm never took up again stays returned.
  return random.weighted({ submitted: 1, in_review: 2, approved: 85, returned: 12 });
}

/** A time of day in Malaysian working hours (08:00–18:00 MYT is 00:00–10:00 UTC). */
const workingTime = (random: Random, dayStart: number) => new Date(dayStart + random.int(0, 10 * 3600 - 1) * 1000 + random.int(0, 999));
const dayOf = (time: number) => Math.floor(time / dayMs) * dayMs;

function revisionRow(assessmentId: string, number: number, questionnaire: PublishedQuestionnaire, answers: AnswerSet, createdAt: Date, submitted: { at: Date; scores: SubmissionScores } | null, random: Random): typeof assessmentRevisions.$inferInsert {
  const scores = submitted?.scores;
  return {
    id: uuidFrom(`${assessmentId}:revision:${number}`),
    assessmentId,
    number,
    questionnaireVersionId: questionnaire.id,
    contentHash: questionnaire.contentHash,
    answers,
    version: random.int(6, 60),
    submittedAt: submitted?.at ?? null,
    createdAt,
    updatedAt: submitted?.at ?? createdAt,
    ...(scores
      ? revisionScoreColumns(scores)
      : {}),
  };
}

/**
 * One assessment of `firm`, submitted last at `submittedAt`, and its review, appended to `rows`;
 * its stage is drawn by the submission's age unless `plan` sets it. Returns what the firm would be
 * told of last: the final stage and, once decided, when and why.
 */
function writeAssessment(context: Context, firm: FirmProfile, rows: Rows, label: string, answers: AnswerSet, submittedAt: Date, random: Random, plan?: AssessmentPlan): WrittenAssessment {
  const { questionnaire, reviewerId, now } = context;
  const id = uuidFrom(`${context.seed}:${context.programmeId}:assessment:${label}`);
  const ageDays = (now - submittedAt.getTime()) / dayMs;
  let stage = plan?.stage ?? stageFor(random, ageDays);
  // A planned decision is dated before today, so the plan's stage always holds.
  const lastDecisionDay = plan ? Math.floor(ageDays) - 1 : Math.floor(ageDays);
  const decidedAt = workingTime(random, dayOf(submittedAt.getTime()) + random.int(2, Math.max(2, Math.min(30, lastDecisionDay))) * dayMs);
  if ((stage === "approved" || stage === "returned") && decidedAt.getTime() >= now) stage = "in_review";
  const scores = scoreSubmission(questionnaire.structure, answers, context.targets);
  const events: (typeof auditEvents.$inferInsert)[] = [];
  const event = (at: Date, action: AuditAction, fromState: string | null, toState: string | null, details: Record<string, unknown>, reason: string | null = null, officer = false) =>
    events.push({ occurredAt: at, actorUserId: officer ? reviewerId : null, actorRole: officer ? "officer" : "sme", action, entityType: "assessment", entityId: id, fromState, toState, reason, details });

  // A quarter of the assessments that end in review or approved were returned once before.
  const returnedBefore = plan ? plan.returnedBefore : stage !== "returned" && random.chance(0.25);
  const firstSubmittedAt = returnedBefore ? new Date(submittedAt.getTime() - random.int(8, 30) * dayMs) : submittedAt;
  const createdAt = new Date(firstSubmittedAt.getTime() - random.int(3, 40) * dayMs);
  event(createdAt, "assessment.created", null, "draft", { programmeId: context.programmeId, questionnaireVersionId: questionnaire.id, prefilledFrom: null });

  let latest = 1;
  if (returnedBefore) {
    // Revision 1 was rated more generously; the officer's feedback brought some levels down.
    const first: AnswerSet = { ...answers, levels: { ...answers.levels } };
    for (const indicatorId of Object.keys(first.levels)) if (random.chance(0.12)) first.levels[indicatorId] = Math.min(5, first.levels[indicatorId]! + 1);
    const firstScores = scoreSubmission(questionnaire.structure, first, context.targets);
    const revision = revisionRow(id, 1, questionnaire, first, createdAt, { at: firstSubmittedAt, scores: firstScores }, random);
    const returnedAt = new Date(firstSubmittedAt.getTime() + random.int(2, 6) * dayMs);
    const reason = random.pick(returnReasons);
    rows.revisions.push(revision);
    rows.decisions.push({ id: uuidFrom(`${id}:decision:1`), assessmentId: id, revisionId: revision.id!, decision: "returned", reason, decidedBy: reviewerId, decidedAt: returnedAt });
    event(firstSubmittedAt, "assessment.submitted", "draft", "submitted", { revision: 1, readinessIndex: firstScores.readinessIndex });
    event(returnedAt, reviewAuditActions.returned, "submitted", "returned", { revision: 1, newRevision: 2 }, reason, true);
    rows.revisions.push(revisionRow(id, 2, questionnaire, answers, returnedAt, { at: submittedAt, scores }, random));
    event(submittedAt, "assessment.submitted", "returned", "submitted", { revision: 2, readinessIndex: scores.readinessIndex });
    latest = 2;
  } else {
    rows.revisions.push(revisionRow(id, 1, questionnaire, answers, createdAt, { at: submittedAt, scores }, random));
    event(submittedAt, "assessment.submitted", "draft", "submitted", { revision: 1, readinessIndex: scores.readinessIndex });
  }
  const revisionId = uuidFrom(`${id}:revision:${latest}`);
  let returnReason: string | null = null;

  // The review: validations (and a comment) open it; a decision closes it.
  const visible = listVisibleDimensions(questionnaire.structure, answers);
  const validations: IndicatorValidationLevel[] = [];
  if (stage !== "submitted") {
    const reviewEnd = stage === "in_review" ? now : decidedAt.getTime();
    const thorough = stage === "approved";
    let status: string = "submitted";
    for (const { dimension, indicators } of visible) {
      for (const indicator of indicators) {
        const self = answers.levels[indicator.id]!;
        const roll = random.float();
        // Usually confirmed, often one level lower, rarely one higher.
        const validatedLevel = roll < 0.75 ? self : roll < 0.97 ? Math.max(0, self - 1) : Math.min(5, self + 1);
        const changed = validatedLevel !== self;
        // Under review only a few indicators are done yet; an approval has looked at every change.
        if (!(thorough ? changed || random.chance(0.1) : random.chance(0.08))) continue;
        const justification = validatedLevel < self ? random.pick(lowerJustifications) : validatedLevel > self ? random.pick(higherJustifications) : random.pick(confirmJustifications);
        const at = new Date(submittedAt.getTime() + random.float() * Math.max(1, reviewEnd - submittedAt.getTime()) * 0.9);
        rows.validations.push({ revisionId, indicatorId: indicator.id, assessmentId: id, validatedLevel, justification, validatedBy: reviewerId, validatedAt: at });
        validations.push({ indicatorId: indicator.id, validatedLevel });
        event(at, reviewAuditActions.validated, status, "in_review", { revision: latest, indicatorId: indicator.id, dimensionId: dimension.id, selfAssessedLevel: self, validatedLevel, previousValidatedLevel: null }, justification, true);
        status = "in_review";
      }
    }
    if (stage !== "approved" || random.chance(0.3)) {
      const dimensionId = random.chance(0.7) ? random.pick(visible).dimension.id : null;
      const at = new Date(submittedAt.getTime() + random.float() * Math.max(1, reviewEnd - submittedAt.getTime()) * 0.9);
      const commentId = uuidFrom(`${id}:comment`);
      rows.comments.push({ id: commentId, assessmentId: id, revisionId, dimensionId, authorId: reviewerId, body: random.pick(reviewCommentBodies), createdAt: at });
      event(at, reviewAuditActions.commented, status, "in_review", { revision: latest, dimensionId, commentId }, null, true);
      status = "in_review";
    }
    if (stage === "approved") {
      const validated = scoreValidatedSubmission(questionnaire.structure, answers, validations, context.targets);
      rows.decisions.push({
        id: uuidFrom(`${id}:decision:${latest}`),
        assessmentId: id,
        revisionId,
        decision: "approved",
        decidedBy: reviewerId,
        decidedAt,
        ...validatedScoreColumns(validated),
      });
      event(decidedAt, reviewAuditActions.approved, status, "approved", { revision: latest, validatedIndex: validated.readinessIndex, validatedBand: validated.readinessBand, validations: validations.length }, null, true);
    } else if (stage === "returned") {
      const reason = random.pick(returnReasons);
      returnReason = reason;
      rows.decisions.push({ id: uuidFrom(`${id}:decision:${latest}`), assessmentId: id, revisionId, decision: "returned", reason, decidedBy: reviewerId, decidedAt });
      // Returning opens the next revision as an editable copy of the returned answers.
      rows.revisions.push(revisionRow(id, latest + 1, questionnaire, answers, decidedAt, null, random));
      event(decidedAt, reviewAuditActions.returned, status, "returned", { revision: latest, newRevision: latest + 1 }, reason, true);
    }
  }

  const lastEvent = events.reduce((max, e) => Math.max(max, e.occurredAt!.getTime()), 0);
  rows.assessments.push({
    id,
    firmId: firm.id,
    programmeId: context.programmeId,
    status: stage,
    currentRevision: stage === "returned" ? latest + 1 : latest,
    latestSubmittedRevision: latest,
    lastSubmittedAt: submittedAt,
    readinessIndex: scores.readinessIndex,
    readinessBand: scores.readinessBand,
    createdAt,
    updatedAt: new Date(lastEvent),
  });
  rows.audit.push(...events);
  return { id, stage, submittedAt, revision: latest, decidedAt: stage === "approved" || stage === "returned" ? decidedAt : null, returnReason };
}

function writeFirm(context: Context, index: number, rows: Rows): void {
  const random = Random.from(`${context.seed}:firm:${index}`);
  const sector = context.sectors[index]!;
  const size = random.weighted(sizeWeights);
  const [min, max] = employeeRange[size];
  const employees = size === "micro" ? random.int(min, max) : random.logInt(min, max);
  const firm: FirmProfile = {
    id: syntheticFirmId(context.seed, context.programmeId, index),
    name: firmName(random, sector, size, context.names),
    sector,
    size,
    employees,
    maturity: baseMaturity[size] + (sectorMaturity[sector] ?? 0) + random.normal(0, 0.55),
  };
  // Programme intake goes on: a share of first submissions (three in ten by default) is from the last two months.
  const ageDays = random.chance(context.recentShare) ? random.int(1, 60) : random.int(1, spanDays);
  const submittedAt = workingTime(random, dayOf(context.now) - ageDays * dayMs);
  const firmCreatedAt = new Date(submittedAt.getTime() - random.int(45, 120) * dayMs);
  rows.firms.push({ id: firm.id, name: firm.name, country: context.country, sector, employees, createdAt: firmCreatedAt });
  rows.enrolments.push({ programmeId: context.programmeId, firmId: firm.id, createdAt: firmCreatedAt });

  const first = answerQuestionnaire(context, firm, firm.maturity, random);
  const outcome = writeAssessment(context, firm, rows, `${index}:t0`, first, submittedAt, random);

  // Seven in ten firms approved long enough ago re-assess 9–13 months after approval (T0 → T1 progress).
  if (outcome.stage === "approved" && outcome.decidedAt && random.chance(0.7)) {
    const secondAt = outcome.decidedAt.getTime() + random.int(270, 400) * dayMs;
    if (secondAt < context.now - dayMs) {
      const progress = Math.max(0, random.normal(0.45, 0.25));
      const second = answerQuestionnaire(context, firm, firm.maturity + progress, random, first);
      writeAssessment(context, firm, rows, `${index}:t1`, second, workingTime(random, dayOf(secondAt)), random);
    }
  }
}

/** Sectors for `count` firms in proportion to the weights (largest remainder), in a seeded random order. */
function allocateSectors(count: number, weights: Partial<Record<IsicDivision, number>>, random: Random): IsicDivision[] {
  const entries = Object.entries(weights).filter(([, w]) => (w ?? 0) > 0) as [IsicDivision, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const quotas = entries.map(([sector, w]) => ({ sector, exact: (count * w) / total }));
  const counts = quotas.map((q) => ({ sector: q.sector, n: Math.floor(q.exact), rest: q.exact - Math.floor(q.exact) }));
  let left = count - counts.reduce((sum, c) => sum + c.n, 0);
  for (const c of [...counts].sort((a, b) => b.rest - a.rest || a.sector.localeCompare(b.sector))) {
    if (left-- <= 0) break;
    c.n += 1;
  }
  const sectors = counts.flatMap((c) => Array.from({ length: c.n }, () => c.sector));
  for (let i = sectors.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.float() * (i + 1));
    [sectors[i], sectors[j]] = [sectors[j]!, sectors[i]!];
  }
  return sectors;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table (revisions, ~20 columns). */
const rowsPerInsert = 500;

type Insert = { table: PgTable; rows: readonly Record<string, unknown>[] };

/**
 * One multi-row INSERT as text and parameters, each value converted by its drizzle column exactly
 * as drizzle's own insert would (jsonb → JSON text, timestamps → ISO strings, text[] → array
 * literal); a key a row lacks takes the column's default. Built by hand because drizzle's query
 * builder spends more time than PostgreSQL on inserts this wide (profiled: ~60 % of the CPU).
 */
function insertStatement({ table, rows }: Insert): { text: string; values: unknown[] } {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((row) => row[key] !== undefined));
  const values: unknown[] = [];
  const tuples = rows.map(
    (row) =>
      `(${columns
        .map(([key, column]) => {
          const value = row[key];
          if (value === undefined) return "default";
          values.push(value === null ? null : column.mapToDriverValue(value));
          return `$${values.length}`;
        })
        .join(", ")})`,
  );
  return { text: `insert into "${getTableName(table)}" (${columns.map(([, column]) => `"${column.name}"`).join(", ")}) values ${tuples.join(", ")}`, values };
}

/** In the order foreign keys need. */
function insertsOf(rows: Rows): Insert[] {
  const chunks = (table: PgTable, list: readonly Record<string, unknown>[]): Insert[] =>
    Array.from({ length: Math.ceil(list.length / rowsPerInsert) }, (_, i) => ({ table, rows: list.slice(i * rowsPerInsert, (i + 1) * rowsPerInsert) }));
  return [
    ...chunks(firms, rows.firms),
    ...chunks(programmeEnrolments, rows.enrolments),
    ...chunks(assessments, rows.assessments),
    ...chunks(assessmentRevisions, rows.revisions),
    ...chunks(reviewDecisions, rows.decisions),
    ...chunks(indicatorValidations, rows.validations),
    ...chunks(reviewComments, rows.comments),
    ...chunks(auditEvents, rows.audit),
    ...chunks(notifications, rows.notifications),
  ];
}

/** One batch in one transaction, on a connection of the database's own pool. */
async function writeRows(db: Database, rows: Rows): Promise<void> {
  // drizzle(pool) keeps its pool as $client (not in the Database type); every database of the app is made that way.
  const pool = (db as unknown as { $client?: Pool }).$client;
  if (!pool || typeof pool.connect !== "function") throw new Error("generateSyntheticCohort needs a database made by drizzle(new Pool(…)), as lib/db/client.ts makes it");
  const client = await pool.connect();
  try {
    await client.query("begin");
    for (const insert of insertsOf(rows)) {
      const { text, values } = insertStatement(insert);
      await client.query(text, values);
    }
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The programme to fill: the given one (with an officer of it as the reviewer) or a new one. */
async function prepareProgramme(db: Database, options: SyntheticCohortOptions, seed: number) {
  if (options.programmeId) {
    const [programme] = await db
      .select({ id: programmes.id, country: programmes.country, questionnaireVersionId: programmes.questionnaireVersionId, targets: programmes.targets })
      .from(programmes)
      .where(eq(programmes.id, options.programmeId));
    if (!programme) throw new Error(`No programme with id ${options.programmeId}.`);
    if (!getPublishedQuestionnaire(programme.questionnaireVersionId)) {
      throw new Error(`The programme's questionnaire version "${programme.questionnaireVersionId}" is not shipped with this release.`);
    }
    const [officer] = await db
      .select({ id: programmeOfficers.userId })
      .from(programmeOfficers)
      .where(eq(programmeOfficers.programmeId, programme.id))
      .orderBy(programmeOfficers.createdAt, programmeOfficers.userId)
      .limit(1);
    return { ...programme, reviewerId: officer?.id ?? (await createReviewer(db, programme.id, seed)) };
  }
  const code = `SYNTH-${uuidFrom(`${seed}:${Date.now()}:${Math.random()}`).slice(0, 8).toUpperCase()}`;
  const [programme] = await db
    .insert(programmes)
    .values({ name: "Synthetic cohort", country: "MY", questionnaireVersionId: currentQuestionnaireId, enrolmentCode: code })
    .returning({ id: programmes.id, country: programmes.country, questionnaireVersionId: programmes.questionnaireVersionId, targets: programmes.targets });
  if (!programme) throw new Error("programme insert returned no row");
  return { ...programme, reviewerId: await createReviewer(db, programme.id, seed) };
}

/** An officer who "reviewed" the synthetic assessments; cannot sign in (the hash verifies nothing). */
async function createReviewer(db: Database, programmeId: string, seed: number): Promise<string> {
  const id = uuidFrom(`${seed}:${programmeId}:reviewer`);
  await db
    .insert(users)
    .values({
      id,
      email: `synthetic-reviewer-${programmeId}@adp-readiness.example`,
      name: "Synthetic Reviewer",
      role: "officer",
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$not-a-real-salt$not-a-real-hash",
    })
    .onConflictDoNothing();
  await db.insert(programmeOfficers).values({ programmeId, userId: id }).onConflictDoNothing();
  return id;
}

/** What every firm's story reads: the programme, its questionnaire and reviewer, and today (00:00 UTC unless given). */
function contextFor(
  programme: Awaited<ReturnType<typeof prepareProgramme>>,
  seed: number,
  now: Date | undefined,
  mix: { sectors: IsicDivision[]; recentShare: number },
): Context {
  return {
    seed,
    programmeId: programme.id,
    country: programme.country,
    questionnaire: getPublishedQuestionnaire(programme.questionnaireVersionId)!,
    targets: programme.targets,
    reviewerId: programme.reviewerId,
    now: (now ?? new Date(dayOf(Date.now()))).getTime(),
    sectors: mix.sectors,
    names: new Set(),
    recentShare: mix.recentShare,
  };
}

/**
 * Fills a programme with `firms` synthetic firms and their assessments (about 1.15 per firm with
 * re-assessments), scored exactly as a real submit scores them. Writes in batches, one transaction
 * each. The database must be migrated and the programme's questionnaire version shipped.
 */
export async function generateSyntheticCohort(db: Database, options: SyntheticCohortOptions): Promise<SyntheticCohortResult> {
  if (!Number.isInteger(options.firms) || options.firms < 1) throw new Error(`firms must be a whole number from 1, got ${options.firms}`);
  const seed = options.seed ?? defaultSyntheticSeed;
  const programme = await prepareProgramme(db, options, seed);
  const context = contextFor(programme, seed, options.now, {
    sectors: allocateSectors(options.firms, { ...defaultSectorWeights, ...options.sectorWeights }, Random.from(`${seed}:sectors`)),
    recentShare: options.recentShare ?? 0.3,
  });
  const batchSize = options.batchSize ?? 250;
  let written = 0;
  // While the database writes one batch, the next is generated and scored (two cores: both busy).
  let writing: Promise<void> = Promise.resolve();
  for (let start = 0; start < options.firms; start += batchSize) {
    const rows = emptyRows();
    const end = Math.min(options.firms, start + batchSize);
    for (let index = start; index < end; index += 1) writeFirm(context, index, rows);
    await writing;
    writing = writeRows(db, rows).then(() => {
      written += rows.assessments.length;
      options.onProgress?.(end);
    });
  }
  await writing;
  await db.insert(auditEvents).values({
    actorUserId: null,
    actorRole: null,
    action: "cohort.generated",
    entityType: "programme",
    entityId: programme.id,
    details: { firms: options.firms, assessments: written, seed, synthetic: true },
  });
  // Fresh statistics for every table it wrote to (enrolments too), so the first queries plan with the new row counts.
  await refreshPlannerStatistics(db);
  return { programmeId: programme.id, assessments: written };
}

// ---------------------------------------------------------------------------------------------
// The demo firms' own assessments
// ---------------------------------------------------------------------------------------------

export type DemoFirmHistory = {
  firm: { id: string; name: string; sector: IsicDivision; employees: number };
  programmeId: string;
  stage: Stage;
  /** Whether an earlier revision was returned once before the latest submission. */
  returnedBefore: boolean;
  submittedDaysAgo: number;
  /** Latent maturity on the 0–5 scale the levels are drawn around. */
  maturity: number;
  /** The technologies the firm says it uses (instead of drawn ones). */
  technologies: readonly TechnologyId[];
  /** An earlier assessment, approved, that this one re-assesses (the firm's progress from it). */
  earlier?: { submittedDaysAgo: number; maturity: number; technologies: readonly TechnologyId[] };
};

/**
 * One assessment of an existing firm that has user accounts, in a chosen stage of the review, with
 * the notifications its last event gave: the programme's officers hear of a submission waiting for
 * them, the firm's members of a decision (unread, as if it had just come in). Deterministic for a
 * firm and seed; a firm that already has an assessment is left alone, so seeding twice changes nothing.
 */
export async function writeDemoFirmHistory(db: Database, history: DemoFirmHistory, options: { seed?: number; now?: Date } = {}): Promise<{ written: boolean }> {
  const [existing] = await db.select({ id: assessments.id }).from(assessments).where(eq(assessments.firmId, history.firm.id)).limit(1);
  if (existing) return { written: false };
  const seed = options.seed ?? defaultSyntheticSeed;
  const programme = await prepareProgramme(db, { firms: 1, programmeId: history.programmeId }, seed);
  const [programmeRow] = await db.select({ name: programmes.name }).from(programmes).where(eq(programmes.id, programme.id));
  const context = contextFor(programme, seed, options.now, { sectors: [history.firm.sector], recentShare: 0 });
  const { questionnaire } = context;
  const random = Random.from(`${seed}:demo-firm:${history.firm.id}`);
  const firm: FirmProfile = { ...history.firm, size: firmSizeBandFor(history.firm.employees), maturity: history.maturity };
  const rows = emptyRows();
  // A demo firm shows the whole results page, gap column included: a target one level up everywhere.
  const answersAt = (maturity: number, technologies: readonly TechnologyId[], previous?: AnswerSet): AnswerSet => {
    const answers = answerQuestionnaire(context, firm, maturity, random, previous);
    answers.profile.technologies = [...technologies];
    answers.targets = {};
    for (const { dimension, indicators } of listVisibleDimensions(questionnaire.structure, answers)) {
      const current = indicators.reduce((sum, i) => sum + answers.levels[i.id]!, 0) / indicators.length;
      answers.targets[dimension.id] = Math.min(5, Math.floor(current) + 1);
    }
    return answers;
  };
  let earlierAnswers: AnswerSet | undefined;
  if (history.earlier) {
    earlierAnswers = answersAt(history.earlier.maturity, history.earlier.technologies);
    const earlierAt = workingTime(random, dayOf(context.now) - history.earlier.submittedDaysAgo * dayMs);
    writeAssessment(context, firm, rows, `demo-firm:${history.firm.id}:earlier`, earlierAnswers, earlierAt, random, { stage: "approved", returnedBefore: false });
  }
  const answers = answersAt(history.maturity, history.technologies, earlierAnswers);
  const submittedAt = workingTime(random, dayOf(context.now) - history.submittedDaysAgo * dayMs);
  const written = writeAssessment(context, firm, rows, `demo-firm:${history.firm.id}`, answers, submittedAt, random, {
    stage: history.stage,
    returnedBefore: history.returnedBefore,
  });

  const decided = written.stage === "approved" || written.stage === "returned";
  const recipients = decided
    ? await db.select({ id: firmMemberships.userId }).from(firmMemberships).where(eq(firmMemberships.firmId, history.firm.id))
    : await db.select({ id: programmeOfficers.userId }).from(programmeOfficers).where(eq(programmeOfficers.programmeId, programme.id));
  const kind = written.stage === "approved" ? "assessment.approved" : written.stage === "returned" ? "assessment.returned" : "assessment.submitted";
  const details = { firmName: history.firm.name, programmeName: programmeRow?.name ?? null, reason: written.returnReason, revision: written.revision };
  for (const recipient of recipients) {
    rows.notifications.push({ userId: recipient.id, kind, assessmentId: written.id, programmeId: programme.id, details, createdAt: written.decidedAt ?? written.submittedAt });
  }
  await writeRows(db, rows);
  return { written: true };
}
