import type { QuestionnaireText } from "./text-schema";

/** A person-readable name for an answer field, for error summaries and conflict lists. */
export function describeAnswerField(field: string, text: QuestionnaireText): string {
  const dot = field.indexOf(".");
  const part = field.slice(0, dot);
  const id = field.slice(dot + 1);
  if (part === "profile") return text.profile[id]?.label ?? id;
  if (part === "levels" || part === "notes") return text.indicators[id]?.question ?? id;
  if (part === "targets") return text.dimensions[id]?.title ?? id;
  return field;
}
