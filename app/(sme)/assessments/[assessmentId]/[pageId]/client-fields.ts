import type { ClientField } from "@/components/questionnaire/page-fields-context";
import type { Translate } from "@/lib/i18n";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import { readAnswerField } from "@/lib/questionnaire/answer-fields";
import { describeAnswerField } from "@/lib/questionnaire/describe-field";
import { problemCodesFor, toFormValue, type FieldRule } from "@/lib/questionnaire/field-rules";
import { describeProblem } from "@/lib/questionnaire/problem-message";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import { listProfileQuestions } from "@/lib/questionnaire/visible-items";
import type { ProfileQuestion, QuestionnaireVersion } from "@/lib/questionnaire/version-schema";

/** The page's fields for the browser: limits, names and messages in the reader's language. */
export function clientFields(rules: FieldRule[], version: QuestionnaireVersion, text: QuestionnaireText, t: Translate): ClientField[] {
  const noteName = (question: string) => t("assessment.noteOn", { question });
  return rules.map((rule) => ({
    ...rule,
    label: describeAnswerField(rule.field, text, noteName),
    messages: Object.fromEntries(
      problemCodesFor(rule).map((code) => {
        const { key, values } = describeProblem({ field: rule.field, code }, version, text);
        return [code, t(`assessment.problems.${key}`, values)];
      }),
    ),
  }));
}

/** The saved answers of the page's fields as control values. */
export function formValues(rules: FieldRule[], answers: AnswerSet): Record<string, string | string[] | null> {
  return Object.fromEntries(rules.map((rule) => [rule.field, toFormValue(rule.kind, readAnswerField(answers, rule.field))]));
}

/** Each choice's visible text per field (value → text), for the conflict panel. */
export function choiceTexts(rules: FieldRule[], version: QuestionnaireVersion, text: QuestionnaireText, t: Translate): Record<string, Record<string, string>> {
  const questions = new Map<string, ProfileQuestion>(listProfileQuestions(version).map((q) => [`profile.${q.id}`, q]));
  const levels = (labels: readonly string[]) => Object.fromEntries(labels.map((label, index) => [String(index), `${index} – ${label}`]));
  return Object.fromEntries(
    rules.map((rule) => {
      const id = rule.field.slice(rule.field.indexOf(".") + 1);
      if (rule.field.startsWith("levels.")) return [rule.field, levels((text.indicators[id]?.levels ?? []).map((l) => l.label))];
      if (rule.field.startsWith("targets.")) return [rule.field, levels(text.scale.map((s) => s.label))];
      const question = questions.get(rule.field);
      if (question?.type === "boolean") return [rule.field, { true: t("assessment.yes"), false: t("assessment.no") }];
      if (question?.type === "single-select" || question?.type === "multi-select") {
        return [rule.field, Object.fromEntries(question.options.map((o) => [o, text.profile[id]?.options?.[o] ?? o]))];
      }
      return [rule.field, {}];
    }),
  );
}
