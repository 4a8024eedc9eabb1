import type { ProfileValue } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { RevisionChange } from "./revision-diff";

/** The words a "What changed" table needs beyond the questionnaire's own text, in the reader's language. */
export type ChangeLabels = {
  notAnswered: string;
  yes: string;
  no: string;
  profileSection: string;
  /** "Level 3 – Established" */
  level: (level: number, label: string) => string;
  /** "Note: <question>" */
  noteOf: (question: string) => string;
  /** "Target: <dimension>" */
  targetOf: (dimension: string) => string;
  /** "Level 3" for a target, which has no indicator-specific label. */
  targetLevel: (level: number) => string;
};

export type ChangeRow = {
  key: string;
  /** Where the item sits: the profile section or the dimension's title. */
  group: string;
  item: string;
  before: string;
  after: string;
};

/** A profile answer as the firm chose it: option texts, yes/no, or the number. */
export function describeProfileValue(
  value: ProfileValue | null,
  options: Readonly<Record<string, string>>,
  labels: Pick<ChangeLabels, "notAnswered" | "yes" | "no">,
): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return labels.notAnswered;
  if (typeof value === "boolean") return value ? labels.yes : labels.no;
  if (Array.isArray(value)) return value.map((v) => options[v] ?? v).join(", ");
  return options[String(value)] ?? String(value);
}

/** Rows for the "What changed" table: each change named by its question and shown as the firm saw it. */
export function describeRevisionChanges(changes: readonly RevisionChange[], text: QuestionnaireText, labels: ChangeLabels): ChangeRow[] {
  const dimensionTitle = (id: string) => text.dimensions[id]?.title ?? id;
  return changes.map((change): ChangeRow => {
    switch (change.kind) {
      case "profile": {
        const question = text.profile[change.questionId];
        const options = question?.options ?? {};
        return {
          key: `profile.${change.questionId}`,
          group: labels.profileSection,
          item: question?.label ?? change.questionId,
          before: describeProfileValue(change.before, options, labels),
          after: describeProfileValue(change.after, options, labels),
        };
      }
      case "level": {
        const indicator = text.indicators[change.indicatorId];
        const level = (value: number | null) => (value === null ? labels.notAnswered : labels.level(value, indicator?.levels[value]?.label ?? ""));
        return {
          key: `levels.${change.indicatorId}`,
          group: dimensionTitle(change.dimensionId),
          item: indicator?.question ?? change.indicatorId,
          before: level(change.before),
          after: level(change.after),
        };
      }
      case "note":
        return {
          key: `notes.${change.indicatorId}`,
          group: dimensionTitle(change.dimensionId),
          item: labels.noteOf(text.indicators[change.indicatorId]?.question ?? change.indicatorId),
          before: change.before ?? labels.notAnswered,
          after: change.after ?? labels.notAnswered,
        };
      case "target":
        return {
          key: `targets.${change.dimensionId}`,
          group: dimensionTitle(change.dimensionId),
          item: labels.targetOf(dimensionTitle(change.dimensionId)),
          before: change.before === null ? labels.notAnswered : labels.targetLevel(change.before),
          after: change.after === null ? labels.notAnswered : labels.targetLevel(change.after),
        };
    }
  });
}
