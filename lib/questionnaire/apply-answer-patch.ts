import type { AnswerPatch, AnswerSet } from "./answer-set";

function mergePart<T>(current: Record<string, T>, changes: Record<string, T | null> | undefined): Record<string, T> {
  if (!changes) return { ...current };
  const next: Record<string, T> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

/** Returns a new answer set; the input is left untouched so callers can diff or retry. */
export function applyAnswerPatch(answers: AnswerSet, patch: AnswerPatch): AnswerSet {
  return {
    profile: mergePart(answers.profile, patch.profile),
    levels: mergePart(answers.levels, patch.levels),
    notes: mergePart(answers.notes, patch.notes),
    targets: mergePart(answers.targets, patch.targets),
  };
}
