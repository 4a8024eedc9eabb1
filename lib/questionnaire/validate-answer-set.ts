import { hasUnstorableCharacter } from "@/lib/text/unstorable";
import { maxNoteLength } from "./answer-limits";
import type { AnswerSet, ProfileValue } from "./answer-set";
import { listProfileQuestions, listVisibleDimensions, listVisibleProfileQuestions } from "./visible-items";
import { levelValues } from "./levels";
import type { ProfileQuestion, QuestionnaireVersion } from "./version-schema";

export type AnswerProblemCode =
  | "unknown-question"
  | "wrong-type"
  | "unknown-option"
  | "too-small"
  | "too-large"
  | "too-many"
  | "exclusive-option"
  | "not-a-level"
  | "note-too-long"
  | "unstorable-text"
  | "required"
  /** A level of a dimension being rated apart: the round sets it (lib/rating/rated-apart.ts). */
  | "rated-apart";

/** One problem with one answer. `field` is "profile.<id>", "levels.<id>", "notes.<id>" or "targets.<id>". */
export type AnswerProblem = { field: string; code: AnswerProblemCode };

/**
 * - "draft": every stored answer must be well-formed for this version (what autosave accepts);
 *   unanswered questions are fine.
 * - "submit": additionally every visible required profile question and every visible indicator
 *   must be answered.
 * Answers to questions that are hidden are kept (the firm may switch them back on) but not required.
 */
export function validateAnswerSet(version: QuestionnaireVersion, answers: AnswerSet, mode: "draft" | "submit"): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const questions = new Map(listProfileQuestions(version).map((q) => [q.id, q] as const));
  for (const [id, value] of Object.entries(answers.profile)) {
    const question = questions.get(id);
    const code = question ? checkProfileValue(question, value) : "unknown-question";
    if (code) problems.push({ field: `profile.${id}`, code });
  }

  const indicatorIds = new Set(version.factors.flatMap((f) => f.dimensions.flatMap((d) => d.indicators.map((i) => i.id))));
  const dimensionIds = new Set(version.factors.flatMap((f) => f.dimensions.map((d) => d.id)));
  for (const [id, level] of Object.entries(answers.levels)) {
    if (!indicatorIds.has(id)) problems.push({ field: `levels.${id}`, code: "unknown-question" });
    else if (!isLevel(level)) problems.push({ field: `levels.${id}`, code: "not-a-level" });
  }
  for (const [id, note] of Object.entries(answers.notes)) {
    if (!indicatorIds.has(id)) problems.push({ field: `notes.${id}`, code: "unknown-question" });
    else if (hasUnstorableCharacter(note)) problems.push({ field: `notes.${id}`, code: "unstorable-text" });
    else if ([...note].length > maxNoteLength) problems.push({ field: `notes.${id}`, code: "note-too-long" });
  }
  for (const [id, level] of Object.entries(answers.targets)) {
    if (!dimensionIds.has(id)) problems.push({ field: `targets.${id}`, code: "unknown-question" });
    else if (!isLevel(level)) problems.push({ field: `targets.${id}`, code: "not-a-level" });
  }

  if (mode === "submit") {
    for (const question of listVisibleProfileQuestions(version, answers)) {
      if (question.required && isUnanswered(answers.profile[question.id])) problems.push({ field: `profile.${question.id}`, code: "required" });
    }
    for (const { indicators } of listVisibleDimensions(version, answers)) {
      for (const indicator of indicators) {
        if (answers.levels[indicator.id] === undefined) problems.push({ field: `levels.${indicator.id}`, code: "required" });
      }
    }
  }
  return dedupe(problems);
}

export function isUnanswered(value: ProfileValue | undefined): boolean {
  return value === undefined || (Array.isArray(value) && value.length === 0) || value === "";
}

function isLevel(value: number): boolean {
  return (levelValues as readonly number[]).includes(value);
}

function checkProfileValue(question: ProfileQuestion, value: ProfileValue): AnswerProblemCode | null {
  switch (question.type) {
    case "boolean":
      return typeof value === "boolean" ? null : "wrong-type";
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) return "wrong-type";
      if (value < question.min) return "too-small";
      if (question.max !== undefined && value > question.max) return "too-large";
      return null;
    case "single-select":
      if (typeof value !== "string") return "wrong-type";
      return question.options.includes(value) ? null : "unknown-option";
    case "multi-select": {
      if (!Array.isArray(value)) return "wrong-type";
      if (value.some((option) => !question.options.includes(option))) return "unknown-option";
      if (new Set(value).size !== value.length) return "wrong-type";
      if (question.maxSelected !== undefined && value.length > question.maxSelected) return "too-many";
      const exclusive = question.exclusiveOptions ?? [];
      if (value.length > 1 && value.some((option) => exclusive.includes(option))) return "exclusive-option";
      return null;
    }
  }
}

function dedupe(problems: AnswerProblem[]): AnswerProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}:${problem.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
