import type { AnswerChangeRow } from "@/lib/db/queries/answer-history";
import type { Translate } from "@/lib/i18n";
import type { Formats } from "@/lib/i18n/format";
import type { LevelText } from "@/lib/questionnaire/text-schema";

type Props = {
  t: Translate;
  formats: Pick<Formats, "shortDate" | "dateTime">;
  /** The indicator's level field's latest change, if any. */
  latest: AnswerChangeRow | undefined;
  /** Every change of the indicator's level and note, newest first. */
  history: readonly AnswerChangeRow[];
  levels: readonly LevelText[];
};

const noteExcerptLength = 80;

/**
 * Under an indicator: who gave the current level and when ("Level 3 — Aisyah, 2 Dec 2026"), as
 * the summary of the disclosure that lists the indicator's history. Rendered on the server; <details> needs no JavaScript.
 */
export function AnswerAuthorship({ t, formats, latest, history, levels }: Props) {
  const describe = (change: AnswerChangeRow): string => {
    if (change.field.startsWith("notes.")) {
      if (typeof change.value !== "string") return t("authorship.noteCleared");
      const text = change.value.length > noteExcerptLength ? `${change.value.slice(0, noteExcerptLength)}…` : change.value;
      return t("authorship.note", { text });
    }
    if (typeof change.value !== "number") return t("authorship.cleared");
    return t("authorship.level", { level: change.value, label: levels[change.value]?.label ?? "" });
  };
  const source = (change: AnswerChangeRow) =>
    change.source === "agreement" || change.source === "carried" ? ` (${t(`authorship.sources.${change.source}`)})` : "";
  // One line, in the disclosure's summary: the level's label is printed just above by the chosen
  // option, so only its number is repeated, and the page stays short on a phone (issue 16).
  const author =
    latest && latest.value !== null ? (
      <span data-testid="answer-author">
        {t("authorship.answeredBy", {
          answer: typeof latest.value === "number" ? t("authorship.levelShort", { level: latest.value }) : describe(latest),
          name: latest.byName,
          date: formats.shortDate(latest.at),
        })}
      </span>
    ) : null;
  if (history.length === 0) return author ? <p className="hint answer-author">{author}</p> : null;
  return (
    <details className="answer-history" data-testid="answer-history">
      <summary>
        {author}
        {author ? " · " : null}
        <span className="answer-history__count">{t("authorship.historyTitle", { count: history.length })}</span>
      </summary>
      <ol>
        {history.map((change, i) => (
          <li key={i}>
            {t("authorship.historyEntry", { answer: describe(change), name: change.byName, moment: formats.dateTime(change.at) })}
            {source(change)}
          </li>
        ))}
      </ol>
    </details>
  );
}
