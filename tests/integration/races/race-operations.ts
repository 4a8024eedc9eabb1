// Every state-changing operation on an assessment, called the way its route or action calls it
// (the same lib functions, in the same order), for the race matrix. Each operation reports
// whether its write was accepted and what it wrote, so the invariants can check that every
// accepted write is in the final state and every refused one left no trace.
import { randomUUID } from "node:crypto";
import { decideEdit, type MutatingOperation } from "@/lib/assessments/lifecycle";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import type { Actor } from "@/lib/auth/actor";
import { getAssessmentById, getCurrentRevision, saveDraftAnswers } from "@/lib/db/queries/assessments";
import { assignSections, unassignSections } from "@/lib/db/queries/section-assignments";
import { addReviewComment, approveAssessment, confirmDimensionLevels, returnAssessment, setIndicatorValidation } from "@/lib/db/queries/review/commands";
import type { AnswerPatch, AnswerSet } from "@/lib/questionnaire/answer-set";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";

export const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const confirmedDimension = questionnaire.structure.factors[0]!.dimensions[0]!;
const indicators = confirmedDimension.indicators;
/** The autosave clears this required level (the probe's attack on submit). */
export const clearedIndicator = indicators[0]!.id;
/** The page save sets this level to 4. */
export const pageSavedIndicator = indicators[1]!.id;
/** The officer validates this level at 1. */
export const validatedIndicator = indicators[2]!.id;

/** How the round's firm stands before the two operations run. */
export type InitialState = "none" | "draft" | "returned" | "submitted" | "approved";

/** One firm in the round: its assessment (null in "none") and what a page rendered before the round shows. */
export type RoundWorld = {
  firm: { id: string; country: string; sector: string; employees: number };
  programmeId: string;
  manager: Actor;
  officer: Actor;
  assessmentId: string | null;
  /** The revision an officer's review page shows (latest submitted, else current). */
  reviewRevision: number;
  /** The draft version the firm's open page was rendered from. */
  baseVersion: number;
};

export type AcceptedWrite =
  | { kind: "answers"; revisionId: string; version: number; answers: AnswerSet }
  | { kind: "started"; assessmentId: string; prefilled: boolean }
  | { kind: "submitted"; assessmentId: string; key: string }
  | { kind: "validated"; assessmentId: string; revisionNumber: number; level: number }
  | { kind: "confirmed"; assessmentId: string; revisionNumber: number; indicatorIds: string[] }
  | { kind: "commented"; assessmentId: string; body: string }
  | { kind: "decided"; assessmentId: string; revisionNumber: number; decision: "approved" | "returned" }
  /** A section taken away from a member: it bumps the draft's version (decision 026), answers unchanged. */
  | { kind: "unassigned"; assessmentId: string };

export type OperationResult = { operation: MutatingOperation; accepted: AcceptedWrite | null; answer: string };

export type RaceOperation = {
  /** The states in which this operation is the natural next step; a pair's rounds cycle through both operations' states. */
  states: readonly InitialState[];
  /** The lib/db/queries functions through which it writes (tests/unit/assessments/race-matrix-coverage.test.ts). */
  queries: readonly string[];
  run: (world: RoundWorld) => Promise<OperationResult>;
};

const refused = (operation: MutatingOperation, answer: string): OperationResult => ({ operation, accepted: null, answer });

/** What PUT /api/assessments/:id/answers does: status check, stale check, validation, compare-and-set. */
async function autosave(world: RoundWorld, patch: AnswerPatch): Promise<OperationResult> {
  if (!world.assessmentId) return refused("autosave", "404");
  const assessment = await getAssessmentById(world.assessmentId);
  const revision = await getCurrentRevision(world.assessmentId);
  if (!assessment || !revision || !decideEdit({ status: assessment.status, revisionSubmitted: revision.submittedAt !== null }).allowed) {
    return refused("autosave", "409 not_editable");
  }
  const decision = decideDraftSave(questionnaire.structure, revision, world.baseVersion, patch);
  if (decision.kind !== "save") return refused("autosave", `409/422 ${decision.kind}`);
  const version = await saveDraftAnswers(revision.id, { version: world.baseVersion, answers: revision.answers }, decision.answers, { userId: world.manager.id, source: "autosave" });
  if (version === null) return refused("autosave", "409 stale");
  return { operation: "autosave", accepted: { kind: "answers", revisionId: revision.id, version, answers: decision.answers }, answer: "200" };
}

/** What the page's form post does: read, merge onto the newest answers, compare-and-set, up to three times. */
async function pageSave(world: RoundWorld, patch: AnswerPatch): Promise<OperationResult> {
  if (!world.assessmentId) return refused("page-save", "404");
  for (let attempt = 1; attempt <= 3; attempt++) {
    const assessment = await getAssessmentById(world.assessmentId);
    const revision = await getCurrentRevision(world.assessmentId);
    if (!assessment || !revision || !decideEdit({ status: assessment.status, revisionSubmitted: revision.submittedAt !== null }).allowed) {
      return refused("page-save", "redirect to overview (not editable)");
    }
    const decision = decideDraftSave(questionnaire.structure, revision, revision.version, patch);
    if (decision.kind !== "save") return refused("page-save", decision.kind);
    const version = await saveDraftAnswers(revision.id, revision, decision.answers, { userId: world.manager.id, source: "page" });
    if (version !== null) return { operation: "page-save", accepted: { kind: "answers", revisionId: revision.id, version, answers: decision.answers }, answer: "saved" };
  }
  return refused("page-save", "conflicts shown");
}

async function start(world: RoundWorld, operation: "start" | "reassess"): Promise<OperationResult> {
  const prefill = operation === "reassess" ? "approved" : "none";
  const outcome = await startAssessment({ firm: world.firm, programmeId: world.programmeId, prefill }, world.manager);
  if (outcome.kind !== "opened") return refused(operation, outcome.kind);
  if (!outcome.created) return refused(operation, `opened existing ${outcome.assessmentId}`);
  return { operation, accepted: { kind: "started", assessmentId: outcome.assessmentId, prefilled: prefill === "approved" }, answer: "created" };
}

export const raceOperations: Record<MutatingOperation, RaceOperation> = {
  start: { states: ["none", "submitted"], queries: ["createDraftAssessment"], run: (world) => start(world, "start") },
  reassess: { states: ["approved"], queries: ["createDraftAssessment"], run: (world) => start(world, "reassess") },
  autosave: { states: ["draft", "returned"], queries: ["saveDraftAnswers"], run: (world) => autosave(world, { levels: { [clearedIndicator]: null } }) },
  "page-save": { states: ["draft", "returned"], queries: ["saveDraftAnswers"], run: (world) => pageSave(world, { levels: { [pageSavedIndicator]: 4 } }) },
  submit: {
    states: ["draft", "returned"],
    queries: ["submitCurrentRevision"],
    run: async (world) => {
      if (!world.assessmentId) return refused("submit", "404");
      const key = randomUUID();
      const outcome = await submitAssessment({ id: world.assessmentId, programmeId: world.programmeId }, key, world.manager);
      if (outcome.kind !== "submitted") return refused("submit", outcome.kind);
      return { operation: "submit", accepted: { kind: "submitted", assessmentId: world.assessmentId, key }, answer: "submitted" };
    },
  },
  validate: {
    states: ["submitted"],
    queries: ["setIndicatorValidation"],
    run: async (world) => {
      if (!world.assessmentId) return refused("validate", "404");
      const input = { assessmentId: world.assessmentId, revisionNumber: world.reviewRevision, indicatorId: validatedIndicator, level: 1, justification: "No records seen" };
      const outcome = await setIndicatorValidation(input, world.officer);
      if (outcome.kind !== "done") return refused("validate", outcome.refusal);
      return { operation: "validate", accepted: { kind: "validated", assessmentId: world.assessmentId, revisionNumber: world.reviewRevision, level: 1 }, answer: "done" };
    },
  },
  confirm: {
    states: ["submitted"],
    queries: ["confirmDimensionLevels"],
    run: async (world) => {
      if (!world.assessmentId) return refused("confirm", "404");
      const outcome = await confirmDimensionLevels({ assessmentId: world.assessmentId, revisionNumber: world.reviewRevision, dimensionId: confirmedDimension.id }, world.officer);
      if (outcome.kind !== "done") return refused("confirm", outcome.refusal);
      const indicatorIds = confirmedDimension.indicators.map((indicator) => indicator.id);
      return { operation: "confirm", accepted: { kind: "confirmed", assessmentId: world.assessmentId, revisionNumber: world.reviewRevision, indicatorIds }, answer: "done" };
    },
  },
  comment: {
    states: ["submitted"],
    queries: ["addReviewComment"],
    run: async (world) => {
      if (!world.assessmentId) return refused("comment", "404");
      const body = `Comment ${randomUUID()}`;
      const outcome = await addReviewComment({ assessmentId: world.assessmentId, revisionNumber: world.reviewRevision, dimensionId: null, body }, world.officer);
      if (outcome.kind !== "done") return refused("comment", outcome.refusal);
      return { operation: "comment", accepted: { kind: "commented", assessmentId: world.assessmentId, body }, answer: "done" };
    },
  },
  approve: {
    states: ["submitted"],
    queries: ["approveAssessment"],
    run: async (world) => {
      if (!world.assessmentId) return refused("approve", "404");
      const outcome = await approveAssessment({ assessmentId: world.assessmentId, revisionNumber: world.reviewRevision }, world.officer);
      if (outcome.kind !== "done") return refused("approve", outcome.refusal);
      return { operation: "approve", accepted: { kind: "decided", assessmentId: world.assessmentId, revisionNumber: world.reviewRevision, decision: "approved" }, answer: "done" };
    },
  },
  unassign: {
    states: ["draft", "returned"],
    queries: ["assignSections", "unassignSections"],
    run: async (world) => {
      if (!world.assessmentId) return refused("unassign", "404");
      // What the overview's "Remove" does, after the manager's own assignment of the first dimension.
      const pageId = confirmedDimension.id;
      const assigned = await assignSections(world.manager, world.assessmentId, { userId: world.manager.id, pageIds: [pageId], sectionNames: (ids) => ids });
      if (assigned !== "done") return refused("unassign", `assign ${assigned}`);
      const outcome = await unassignSections(world.manager, world.assessmentId, { userId: world.manager.id, pageIds: [pageId] });
      if (outcome !== "done") return refused("unassign", outcome);
      return { operation: "unassign", accepted: { kind: "unassigned", assessmentId: world.assessmentId }, answer: "done" };
    },
  },
  return: {
    states: ["submitted"],
    queries: ["returnAssessment"],
    run: async (world) => {
      if (!world.assessmentId) return refused("return", "404");
      const outcome = await returnAssessment({ assessmentId: world.assessmentId, revisionNumber: world.reviewRevision, reason: "Please add evidence" }, world.officer);
      if (outcome.kind !== "done") return refused("return", outcome.refusal);
      return { operation: "return", accepted: { kind: "decided", assessmentId: world.assessmentId, revisionNumber: world.reviewRevision, decision: "returned" }, answer: "done" };
    },
  },
};
