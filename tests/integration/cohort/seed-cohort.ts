// A cohort with known stored scores, written straight into the tables (as the submit and approve
// transactions would leave them), plus the same rows as plain data for the reference computation.
// Random but seeded, so a failure reproduces.
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { assessmentRevisions, assessments, firms, programmeEnrolments, reviewDecisions } from "@/lib/db/schema";
import type { FactorScores, ScoreFigures } from "@/lib/cohort/cohort-members";
import { dimensionIdsByFactor } from "@/lib/questionnaire/taxonomy";
import { bandForIndex } from "@/lib/scoring/bands";
import { testQuestionnaireVersion } from "../support/fixtures";

/** mulberry32: a small seeded generator, enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SeededFirm = { id: string; sector: string; employees: number; programmeId: string; enrolled: boolean };

/** One assessment as the reference sees it: its latest submission's figures, if any. */
export type SeededAssessment = {
  id: string;
  firmId: string;
  programmeId: string | null;
  createdAt: Date;
  lastSubmittedAt: Date | null;
  /** Figures of the latest submitted revision (null: never submitted). */
  latest: { self: ScoreFigures; validated: ScoreFigures | null; priorityDimensionIds: string[] } | null;
};

const coreDimensions = [...dimensionIdsByFactor.people, ...dimensionIdsByFactor.process, ...dimensionIdsByFactor.technology];
const serviceDimensions = [...dimensionIdsByFactor.services];
const allDimensions = [...coreDimensions, ...serviceDimensions];

export class CohortSeeder {
  readonly firms: SeededFirm[] = [];
  readonly assessments: SeededAssessment[] = [];
  private readonly random: () => number;

  constructor(
    seed: number,
    private readonly deciderId: string,
  ) {
    this.random = seededRandom(seed);
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  /** A 0–5 score with 9 decimals, as stored; sometimes a whole level so ties occur. */
  score(): number {
    return this.chance(0.3) ? Math.floor(this.random() * 6) : Math.round(this.random() * 5 * 1e9) / 1e9;
  }

  /** A readiness index with one decimal; sometimes exactly on a bin or band edge, or 100. */
  index(): number {
    return this.chance(0.15) ? this.pick([0, 10, 20, 30, 60, 70, 90, 100]) : Math.round(this.random() * 1000) / 10;
  }

  figures(offersServices: boolean, index = this.index()): ScoreFigures {
    const factorScores: FactorScores = { people: this.score(), process: this.score(), technology: this.score(), services: offersServices ? this.score() : null };
    const dimensions = offersServices ? allDimensions : coreDimensions;
    return { readinessIndex: index, readinessBand: bandForIndex(index), factorScores, dimensionScores: Object.fromEntries(dimensions.map((d) => [d, this.score()])) };
  }

  focusAreas(offersServices: boolean): string[] {
    const pool = [...(offersServices ? allDimensions : coreDimensions)];
    const count = Math.floor(this.random() * 4);
    return Array.from({ length: count }, () => pool.splice(Math.floor(this.random() * pool.length), 1)[0]!);
  }

  async addFirm(programmeId: string, input: { sector: string; employees: number; enrolled?: boolean }): Promise<SeededFirm> {
    const [row] = await getDb()
      .insert(firms)
      .values({ name: `Firm ${this.firms.length + 1}`, country: "MY", sector: input.sector, employees: input.employees })
      .returning({ id: firms.id });
    const firm = { id: row!.id, sector: input.sector, employees: input.employees, programmeId, enrolled: input.enrolled ?? true };
    if (firm.enrolled) await getDb().insert(programmeEnrolments).values({ programmeId, firmId: firm.id });
    this.firms.push(firm);
    return firm;
  }

  /**
   * An assessment with revisions: `submitted` lists, per revision, whether it was submitted; the
   * latest submitted one carries the figures the cohort reads. `approve` approves that revision;
   * earlier submitted revisions get a `returned` decision (that is how a revision n+1 comes about).
   */
  async addAssessment(
    firm: SeededFirm,
    input: { programmeId?: string | null; createdAt: Date; submitted: boolean[]; approve?: boolean; offersServices?: boolean; index?: number; id?: string },
  ): Promise<SeededAssessment> {
    const db = getDb();
    const programmeId = input.programmeId === undefined ? firm.programmeId : input.programmeId;
    const offersServices = input.offersServices ?? false;
    const latestSubmitted = input.submitted.lastIndexOf(true) + 1 || null;
    const revisions = input.submitted.map((submitted, i) => ({
      number: i + 1,
      submittedAt: submitted ? new Date(input.createdAt.getTime() + (i + 1) * 86_400_000 + 12 * 3_600_000 - (input.createdAt.getTime() % 86_400_000)) : null,
      figures: submitted ? this.figures(offersServices, i + 1 === latestSubmitted ? input.index : undefined) : null,
      focusAreas: submitted ? this.focusAreas(offersServices) : [],
    }));
    const latest = latestSubmitted === null ? null : revisions[latestSubmitted - 1]!;
    const validated = latest && input.approve ? this.figures(offersServices) : null;
    const id = input.id ?? randomUUID();
    await db.insert(assessments).values({
      id,
      firmId: firm.id,
      programmeId,
      status: latest === null ? "draft" : input.approve ? "approved" : latestSubmitted === input.submitted.length ? "submitted" : "returned",
      currentRevision: input.submitted.length,
      latestSubmittedRevision: latestSubmitted,
      lastSubmittedAt: latest?.submittedAt ?? null,
      readinessIndex: latest?.figures?.readinessIndex ?? null,
      readinessBand: latest?.figures?.readinessBand ?? null,
      createdAt: input.createdAt,
    });
    for (const revision of revisions) {
      const f = revision.figures;
      const [row] = await db
        .insert(assessmentRevisions)
        .values({
          assessmentId: id,
          number: revision.number,
          questionnaireVersionId: testQuestionnaireVersion.id,
          contentHash: "test",
          submittedAt: revision.submittedAt,
          readinessIndex: f?.readinessIndex ?? null,
          readinessBand: f?.readinessBand ?? null,
          peopleScore: f?.factorScores.people ?? null,
          processScore: f?.factorScores.process ?? null,
          technologyScore: f?.factorScores.technology ?? null,
          servicesScore: f?.factorScores.services ?? null,
          dimensionScores: f?.dimensionScores ?? null,
          priorityDimensionIds: f ? revision.focusAreas : null,
        })
        .returning({ id: assessmentRevisions.id });
      const isLatest = revision.number === latestSubmitted;
      if (revision.submittedAt && !isLatest) {
        await db.insert(reviewDecisions).values({ assessmentId: id, revisionId: row!.id, decision: "returned", reason: "Please check the automation answers.", decidedBy: this.deciderId });
      }
      if (isLatest && validated) {
        await db.insert(reviewDecisions).values({
          assessmentId: id,
          revisionId: row!.id,
          decision: "approved",
          decidedBy: this.deciderId,
          validatedIndex: validated.readinessIndex,
          validatedBand: validated.readinessBand,
          validatedPeopleScore: validated.factorScores.people,
          validatedProcessScore: validated.factorScores.process,
          validatedTechnologyScore: validated.factorScores.technology,
          validatedServicesScore: validated.factorScores.services,
          validatedDimensionScores: validated.dimensionScores,
        });
      }
    }
    const seeded: SeededAssessment = {
      id,
      firmId: firm.id,
      programmeId,
      createdAt: input.createdAt,
      lastSubmittedAt: latest?.submittedAt ?? null,
      latest: latest ? { self: latest.figures!, validated, priorityDimensionIds: latest.focusAreas } : null,
    };
    this.assessments.push(seeded);
    return seeded;
  }
}
