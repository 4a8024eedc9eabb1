import type { AnswerSet, ProfileValue } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { listProfileQuestions, listVisibleDimensions, listVisibleProfileQuestions } from "@/lib/questionnaire/visible-items";

// What the firm changed between two submitted revisions, so an officer reviewing a resubmission
// reads only the differences. Items are compared where the firm could see them in either revision
// (an answer to a question hidden in both is not part of the assessment), in questionnaire order.

export type RevisionChange =
  | { kind: "profile"; questionId: string; before: ProfileValue | null; after: ProfileValue | null }
  | { kind: "level"; dimensionId: string; indicatorId: string; before: number | null; after: number | null }
  | { kind: "note"; dimensionId: string; indicatorId: string; before: string | null; after: string | null }
  | { kind: "target"; dimensionId: string; before: number | null; after: number | null };

function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

function profileValue(answers: AnswerSet, id: string): ProfileValue | null {
  const value = own(answers.profile, id);
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return null;
  return value;
}

function sameProfileValue(a: ProfileValue | null, b: ProfileValue | null): boolean {
  // A multi-select is a set: ticking the same boxes in another order is no change.
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
  return a === b;
}

/** A blank note is no note. */
function noteValue(answers: AnswerSet, id: string): string | null {
  const value = own(answers.notes, id);
  return value === undefined || value.trim() === "" ? null : value;
}

const numberOrNull = (value: number | undefined) => (value === undefined ? null : value);

export function diffRevisions(version: QuestionnaireVersion, before: AnswerSet, after: AnswerSet): RevisionChange[] {
  const changes: RevisionChange[] = [];

  const visibleQuestions = new Set([...listVisibleProfileQuestions(version, before), ...listVisibleProfileQuestions(version, after)].map((q) => q.id));
  for (const question of listProfileQuestions(version)) {
    if (!visibleQuestions.has(question.id)) continue;
    const [was, now] = [profileValue(before, question.id), profileValue(after, question.id)];
    if (!sameProfileValue(was, now)) changes.push({ kind: "profile", questionId: question.id, before: was, after: now });
  }

  const visibleIndicators = new Set<string>();
  const visibleDimensions = new Set<string>();
  for (const answers of [before, after]) {
    for (const { dimension, indicators } of listVisibleDimensions(version, answers)) {
      visibleDimensions.add(dimension.id);
      for (const indicator of indicators) visibleIndicators.add(indicator.id);
    }
  }
  const dimensions = version.factors.flatMap((factor) => factor.dimensions).filter((d) => visibleDimensions.has(d.id));
  for (const dimension of dimensions) {
    for (const indicator of dimension.indicators) {
      if (!visibleIndicators.has(indicator.id)) continue;
      const [was, now] = [numberOrNull(own(before.levels, indicator.id)), numberOrNull(own(after.levels, indicator.id))];
      if (was !== now) changes.push({ kind: "level", dimensionId: dimension.id, indicatorId: indicator.id, before: was, after: now });
      const [noteWas, noteNow] = [noteValue(before, indicator.id), noteValue(after, indicator.id)];
      if (noteWas !== noteNow) changes.push({ kind: "note", dimensionId: dimension.id, indicatorId: indicator.id, before: noteWas, after: noteNow });
    }
  }
  for (const dimension of dimensions) {
    const [was, now] = [numberOrNull(own(before.targets, dimension.id)), numberOrNull(own(after.targets, dimension.id))];
    if (was !== now) changes.push({ kind: "target", dimensionId: dimension.id, before: was, after: now });
  }
  return changes;
}
