import type { AnswerSet } from "./answer-set";
import type { AnswerValue } from "./answer-fields";
import { listPageFields, parseFieldValue, type FieldKind, type PageField } from "./page-fields";
import type { QuestionnairePage } from "./pages";
import type { AnswerProblemCode } from "./validate-answer-set";
import { listProfileQuestions } from "./visible-items";
import type { ProfileQuestion, QuestionnaireVersion } from "./version-schema";

/**
 * A page field with the limits the browser checks as the person answers. They are read from the
 * questionnaire version, like the server's own check (validateAnswerSet), which stays the authority.
 */
export type FieldRule = PageField & { min?: number; max?: number; maxSelected?: number; exclusive?: string[] };

export function listFieldRules(version: QuestionnaireVersion, answers: AnswerSet, page: QuestionnairePage): FieldRule[] {
  const questions = new Map<string, ProfileQuestion>(listProfileQuestions(version).map((q) => [`profile.${q.id}`, q]));
  return listPageFields(version, answers, page).map((field) => {
    const question = questions.get(field.field);
    if (question?.type === "integer") return { ...field, min: question.min, ...(question.max === undefined ? {} : { max: question.max }) };
    if (question?.type === "multi-select") {
      return { ...field, ...(question.maxSelected === undefined ? {} : { maxSelected: question.maxSelected }), ...(question.exclusiveOptions ? { exclusive: question.exclusiveOptions } : {}) };
    }
    return field;
  });
}

/** The problem codes a field of this kind can have in the browser, to prepare their messages. */
export function problemCodesFor(rule: FieldRule): AnswerProblemCode[] {
  switch (rule.kind) {
    case "integer":
      return ["wrong-type", "too-small", "too-large"];
    case "multi":
      return ["too-many", "exclusive-option"];
    default:
      return [];
  }
}

/**
 * The rule a control's values break, or null; the same limits the server checks. Notes are left
 * to the server (and the textarea's maxlength): their check would bring zod into the page's script.
 */
export function checkFieldValue(rule: FieldRule, raw: readonly string[]): AnswerProblemCode | null {
  const parsed = parseFieldValue(rule.kind, raw);
  if (parsed.kind === "invalid") return parsed.code;
  if (parsed.kind === "unchanged" || parsed.value === null) return null;
  const value = parsed.value;
  if (rule.kind === "integer" && typeof value === "number") {
    if (rule.min !== undefined && value < rule.min) return "too-small";
    if (rule.max !== undefined && value > rule.max) return "too-large";
  }
  if (rule.kind === "multi" && Array.isArray(value)) {
    if (rule.maxSelected !== undefined && value.length > rule.maxSelected) return "too-many";
    if (value.length > 1 && value.some((option) => rule.exclusive?.includes(option))) return "exclusive-option";
  }
  return null;
}

/** A form library's value of a control (text, chosen radio, ticked boxes) as the raw strings a post would carry. */
export function rawFormValue(value: unknown): string[] {
  if (value === null || value === undefined || value === false) return [];
  if (Array.isArray(value)) return value.map(String);
  return [String(value)];
}

/** An answer as a control's value: text for inputs and radios, a list for checkboxes, null for no choice. */
export function toFormValue(kind: FieldKind, value: AnswerValue | null | undefined): string | string[] | null {
  if (kind === "multi") return Array.isArray(value) ? value.map(String) : [];
  if (value === null || value === undefined) return kind === "integer" || kind === "note" || kind === "single" ? "" : null;
  return String(value);
}

/**
 * Whether a control's value would count as an answer in the progress line (see section-progress:
 * profile questions and levels count once answered; a note never counts).
 */
export function countsAsAnswered(rule: FieldRule, value: unknown): boolean {
  const parsed = parseFieldValue(rule.kind, rawFormValue(value));
  if (parsed.kind !== "set") return false;
  return parsed.value !== null && !(Array.isArray(parsed.value) && parsed.value.length === 0);
}
