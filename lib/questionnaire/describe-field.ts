import type { QuestionnaireText } from "./text-schema";

/**
 * A person-readable name for an answer field, for error summaries and conflict lists. A note is
 * named through `noteName` when given, so it does not read as a second copy of its question.
 */
export function describeAnswerField(field: string, text: QuestionnaireText, noteName?: (question: string) => string): string {
  const dot = field.indexOf(".");
  const part = field.slice(0, dot);
  const id = field.slice(dot + 1);
  if (part === "profile") return text.profile[id]?.label ?? id;
  if (part === "levels") return text.indicators[id]?.question ?? id;
  if (part === "notes") {
    const question = text.indicators[id]?.question ?? id;
    return noteName ? noteName(question) : question;
  }
  if (part === "targets") return text.dimensions[id]?.title ?? id;
  return field;
}
