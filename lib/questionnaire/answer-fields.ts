import type { AnswerPatch, AnswerSet, ProfileValue } from "./answer-set";
import { answerParts } from "./answer-parts";

// An answer field is addressed as "<part>.<id>" (e.g. "levels.skills-training"); ids never contain dots.

export type AnswerValue = ProfileValue | number | string;

export function listPatchFields(patch: AnswerPatch): string[] {
  return answerParts.flatMap((part) => Object.keys(patch[part] ?? {}).map((id) => `${part}.${id}`));
}

export function readAnswerField(answers: AnswerSet, field: string): AnswerValue | undefined {
  const [part, id] = splitField(field);
  return (answers[part] as Record<string, AnswerValue>)[id];
}

export function readPatchField(patch: AnswerPatch, field: string): AnswerValue | null | undefined {
  const [part, id] = splitField(field);
  return (patch[part] as Record<string, AnswerValue | null> | undefined)?.[id];
}

function splitField(field: string): [(typeof answerParts)[number], string] {
  const dot = field.indexOf(".");
  const part = field.slice(0, dot) as (typeof answerParts)[number];
  if (!answerParts.includes(part)) throw new Error(`not an answer field: ${field}`);
  return [part, field.slice(dot + 1)];
}

export function sameAnswer(a: AnswerValue | null | undefined, b: AnswerValue | null | undefined): boolean {
  const left = a ?? null;
  const right = b ?? null;
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && [...left].sort().every((v, i) => v === [...right].sort()[i]);
  return left === right;
}

/** An answer set holding just the given fields (e.g. the values a page was rendered with). */
export function answerSetFromFields(values: Readonly<Record<string, AnswerValue | null>>): AnswerSet {
  const set: AnswerSet = { profile: {}, levels: {}, notes: {}, targets: {} };
  for (const [field, value] of Object.entries(values)) {
    if (value === null) continue;
    const [part, id] = splitField(field);
    (set[part] as Record<string, AnswerValue>)[id] = value;
  }
  return set;
}

/** The values of the given fields in an answer set (null where unanswered). */
export function pickFields(answers: AnswerSet, fields: readonly string[]): Record<string, AnswerValue | null> {
  return Object.fromEntries(fields.map((field) => [field, readAnswerField(answers, field) ?? null]));
}

/** The DOM id of a field's control: dots are awkward in fragment links and CSS selectors. */
export function fieldDomId(field: string): string {
  return `q-${field.replace(/\./g, "--")}`;
}
