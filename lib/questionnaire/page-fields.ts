import type { AnswerPatch, AnswerSet } from "./answer-set";
import type { AnswerValue } from "./answer-fields";
import type { QuestionnairePage } from "./pages";
import type { AnswerProblem, AnswerProblemCode } from "./validate-answer-set";
import { listVisibleDimensions, listVisibleProfileQuestions } from "./visible-items";
import type { ProfileQuestion, QuestionnaireVersion } from "./version-schema";

/** How a form control's raw values become an answer. */
export type FieldKind = "single" | "multi" | "integer" | "boolean" | "level" | "note";
export type PageField = { field: string; kind: FieldKind };

const profileKinds: Record<ProfileQuestion["type"], FieldKind> = {
  "single-select": "single",
  "multi-select": "multi",
  integer: "integer",
  boolean: "boolean",
};

/** The answer fields a page shows, in order; the server trusts this list, never the client's. */
export function listPageFields(version: QuestionnaireVersion, answers: AnswerSet, page: QuestionnairePage): PageField[] {
  if (page.kind === "profile") {
    return listVisibleProfileQuestions(version, answers).map((q) => ({ field: `profile.${q.id}`, kind: profileKinds[q.type] }));
  }
  const dimensions = listVisibleDimensions(version, answers);
  if (page.kind === "targets") return dimensions.map((d) => ({ field: `targets.${d.dimension.id}`, kind: "level" }));
  const dimension = dimensions.find((d) => d.dimension.id === page.dimensionId);
  return (dimension?.indicators ?? []).flatMap((i) => [
    { field: `levels.${i.id}`, kind: "level" as const },
    { field: `notes.${i.id}`, kind: "note" as const },
  ]);
}

export type ParsedField = { kind: "set"; value: AnswerValue | null } | { kind: "unchanged" } | { kind: "invalid"; code: AnswerProblemCode };

/**
 * One control's submitted values → the change it asks for. An unchosen radio leaves the answer as
 * it was (the person may not have got to it); emptied text, select or checkboxes clear it.
 */
export function parseFieldValue(kind: FieldKind, raw: readonly string[]): ParsedField {
  const first = raw[0]?.trim() ?? "";
  switch (kind) {
    case "multi":
      return { kind: "set", value: raw.length === 0 ? null : [...new Set(raw)] };
    case "note":
      return { kind: "set", value: first === "" ? null : (raw[0] ?? "") };
    case "single":
      return { kind: "set", value: first === "" ? null : first };
    case "integer": {
      if (first === "") return { kind: "set", value: null };
      // A signed number is read as typed, so "-3" is refused as below the minimum, not as unreadable.
      const digits = first.replace(/[\s,]/g, "");
      return /^-?\d{1,9}$/.test(digits) ? { kind: "set", value: Number(digits) } : { kind: "invalid", code: "wrong-type" };
    }
    case "boolean":
      if (raw.length === 0) return { kind: "unchanged" };
      return first === "true" ? { kind: "set", value: true } : first === "false" ? { kind: "set", value: false } : { kind: "invalid", code: "wrong-type" };
    case "level":
      if (raw.length === 0 || first === "") return { kind: "unchanged" };
      return /^[0-5]$/.test(first) ? { kind: "set", value: Number(first) } : { kind: "invalid", code: "not-a-level" };
  }
}

/** Builds the patch a page's form asks for; fields whose text cannot be read are listed separately, with why. */
export function buildPatchFromForm(fields: readonly PageField[], read: (field: string) => readonly string[]): { patch: AnswerPatch; invalid: AnswerProblem[] } {
  const patch: Record<string, Record<string, unknown>> = {};
  const invalid: AnswerProblem[] = [];
  for (const { field, kind } of fields) {
    const parsed = parseFieldValue(kind, read(field));
    if (parsed.kind === "invalid") invalid.push({ field, code: parsed.code });
    if (parsed.kind !== "set") continue;
    const dot = field.indexOf(".");
    const part = field.slice(0, dot);
    (patch[part] ??= {})[field.slice(dot + 1)] = parsed.value;
  }
  return { patch: patch as AnswerPatch, invalid };
}
