// The firm's own data download: what the database rows of one firm become in the JSON file, and
// the file's name. Plain data in, plain JSON-ready data out; the rows are read by
// readFirmExportRows (lib/db/queries/account-lifecycle.ts), which selects no password hash and no session.

import { slugify } from "@/lib/export/export-filename";

export const FIRM_EXPORT_FORMAT = "adp-readiness/firm-export";
export const FIRM_EXPORT_VERSION = 1;

type Scores = {
  readinessIndex: number | null;
  readinessBand: string | null;
  peopleScore: number | null;
  processScore: number | null;
  technologyScore: number | null;
  servicesScore: number | null;
  dimensionScores: Record<string, number> | null;
};

export type FirmExportRows = {
  firm: { id: string; name: string; country: string; sector: string; employees: number; createdAt: Date };
  members: { name: string; email: string; active: boolean; memberSince: Date }[];
  programmes: { id: string; name: string; country: string; enrolledAt: Date }[];
  assessments: {
    id: string;
    programmeId: string | null;
    programmeName: string | null;
    status: string;
    currentRevision: number;
    readinessIndex: number | null;
    readinessBand: string | null;
    lastSubmittedAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
  }[];
  revisions: (Scores & {
    id: string;
    assessmentId: string;
    number: number;
    questionnaireVersionId: string;
    answers: unknown;
    submittedAt: Date | null;
    submittedBy: string | null;
    scoreDetails: unknown;
    priorityDimensionIds: string[] | null;
    createdAt: Date;
    updatedAt: Date;
  })[];
  validations: { revisionId: string; indicatorId: string; validatedLevel: number; justification: string; validatedBy: string; validatedAt: Date }[];
  comments: { revisionId: string; dimensionId: string | null; author: string; body: string; createdAt: Date }[];
  decisions: (Scores & { revisionId: string; decision: string; reason: string | null; decidedBy: string; decidedAt: Date; scoreDetails: unknown })[];
  notifications: { recipient: string; recipientEmail: string; kind: string; assessmentId: string | null; details: unknown; createdAt: Date; readAt: Date | null }[];
  /** The firm's improvement plan (one per firm, carried across assessments). */
  planActions: {
    id: string;
    dimensionId: string;
    title: string;
    notes: string | null;
    ownerName: string | null;
    startsOn: string | null;
    dueOn: string | null;
    estimatedCost: number | null;
    currency: string | null;
    instrumentId: string | null;
    /** The instrument's name in every language, as the catalogue holds it. */
    instrumentName: unknown;
    suggestedFrom: string | null;
    status: string;
    completedAt: Date | null;
    version: number;
    createdAt: Date;
    createdBy: string | null;
    updatedAt: Date;
    updatedBy: string | null;
  }[];
  planComments: { assessmentId: string; dimensionId: string | null; author: string; body: string; createdAt: Date }[];
  /** Who changed which answer of each revision, and how (decision 027); the author by name. */
  answerHistory: { revisionId: string; field: string; value: unknown; changedBy: string; changedAt: Date; source: string }[];
};

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

function scoresOf(row: Scores) {
  return {
    readinessIndex: row.readinessIndex,
    readinessBand: row.readinessBand,
    factors: { people: row.peopleScore, process: row.processScore, technology: row.technologyScore, services: row.servicesScore },
    dimensions: row.dimensionScores,
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * The export document: the firm, its managers and programmes, then each assessment with every
 * revision, and under each revision its review (validations, comments, decision), then the
 * improvement plan with the comments on it. People other
 * than the firm's managers (officers) appear by name only.
 */
export function buildFirmExport(rows: FirmExportRows, exportedAt: Date) {
  const revisionsByAssessment = groupBy(rows.revisions, (r) => r.assessmentId);
  const validationsByRevision = groupBy(rows.validations, (v) => v.revisionId);
  const commentsByRevision = groupBy(rows.comments, (c) => c.revisionId);
  const decisionByRevision = new Map(rows.decisions.map((d) => [d.revisionId, d]));
  const historyByRevision = groupBy(rows.answerHistory, (h) => h.revisionId);

  return {
    format: FIRM_EXPORT_FORMAT,
    version: FIRM_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    firm: { ...rows.firm, createdAt: iso(rows.firm.createdAt) },
    members: rows.members.map((m) => ({ name: m.name, email: m.email, active: m.active, memberSince: iso(m.memberSince) })),
    programmes: rows.programmes.map((p) => ({ id: p.id, name: p.name, country: p.country, enrolledAt: iso(p.enrolledAt) })),
    assessments: rows.assessments.map((a) => ({
      id: a.id,
      programme: a.programmeId ? { id: a.programmeId, name: a.programmeName } : null,
      status: a.status,
      currentRevision: a.currentRevision,
      latestReadinessIndex: a.readinessIndex,
      latestReadinessBand: a.readinessBand,
      lastSubmittedAt: iso(a.lastSubmittedAt),
      createdAt: iso(a.createdAt),
      updatedAt: iso(a.updatedAt),
      revisions: [...(revisionsByAssessment.get(a.id) ?? [])]
        .sort((x, y) => x.number - y.number)
        .map((r) => {
          const decision = decisionByRevision.get(r.id);
          return {
            number: r.number,
            questionnaireVersion: r.questionnaireVersionId,
            answers: r.answers,
            submittedAt: iso(r.submittedAt),
            submittedBy: r.submittedBy,
            scores: r.submittedAt ? { ...scoresOf(r), details: r.scoreDetails, focusAreas: r.priorityDimensionIds ?? [] } : null,
            createdAt: iso(r.createdAt),
            updatedAt: iso(r.updatedAt),
            // Each change of an answer, oldest first: value null means the answer was cleared.
            answerHistory: (historyByRevision.get(r.id) ?? []).map((h) => ({ field: h.field, value: h.value, changedBy: h.changedBy, changedAt: iso(h.changedAt), source: h.source })),
            review: {
              validations: (validationsByRevision.get(r.id) ?? []).map((v) => ({
                indicatorId: v.indicatorId,
                validatedLevel: v.validatedLevel,
                justification: v.justification,
                validatedBy: v.validatedBy,
                validatedAt: iso(v.validatedAt),
              })),
              comments: (commentsByRevision.get(r.id) ?? []).map((c) => ({
                dimensionId: c.dimensionId,
                author: c.author,
                body: c.body,
                createdAt: iso(c.createdAt),
              })),
              decision: decision
                ? {
                    decision: decision.decision,
                    reason: decision.reason,
                    decidedBy: decision.decidedBy,
                    decidedAt: iso(decision.decidedAt),
                    validatedScores: decision.decision === "approved" ? { ...scoresOf(decision), details: decision.scoreDetails } : null,
                  }
                : null,
            },
          };
        }),
    })),
    // The plan: every action with its owner and instrument by name, then the officers' comments on it.
    plan: {
      actions: rows.planActions.map((a) => ({
        id: a.id,
        dimensionId: a.dimensionId,
        title: a.title,
        notes: a.notes,
        owner: a.ownerName,
        startsOn: a.startsOn,
        dueOn: a.dueOn,
        estimatedCost: a.estimatedCost,
        currency: a.currency,
        instrument: a.instrumentId ? { id: a.instrumentId, name: a.instrumentName } : null,
        suggestedFrom: a.suggestedFrom,
        status: a.status,
        completedAt: iso(a.completedAt),
        version: a.version,
        createdAt: iso(a.createdAt),
        createdBy: a.createdBy,
        updatedAt: iso(a.updatedAt),
        updatedBy: a.updatedBy,
      })),
      comments: rows.planComments.map((c) => ({ assessmentId: c.assessmentId, dimensionId: c.dimensionId, author: c.author, body: c.body, createdAt: iso(c.createdAt) })),
    },
    notifications: rows.notifications.map((n) => ({
      recipient: n.recipient,
      recipientEmail: n.recipientEmail,
      kind: n.kind,
      assessmentId: n.assessmentId,
      details: n.details,
      createdAt: iso(n.createdAt),
      readAt: iso(n.readAt),
    })),
  };
}

export type FirmExport = ReturnType<typeof buildFirmExport>;

/** e.g. "firm-data-plastik-maju-sdn-bhd-2026-05-04.json" (UTC date of the export). */
export function firmExportFilename(firmName: string, exportedAt: Date): string {
  return `firm-data-${slugify(firmName, "firm")}-${exportedAt.toISOString().slice(0, 10)}.json`;
}
