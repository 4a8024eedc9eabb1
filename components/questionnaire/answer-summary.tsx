import Link from "next/link";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { QuestionnaireText } from "@/lib/questionnaire/text-schema";
import type { QuestionnaireVersion } from "@/lib/questionnaire/version-schema";
import { listVisibleDimensions, listVisibleProfileQuestions } from "@/lib/questionnaire/visible-items";

type Props = {
  structure: QuestionnaireVersion;
  text: QuestionnaireText;
  answers: AnswerSet;
  labels: { notAnswered: string; change: string; yes: string; no: string; note: string; target: string; level: string };
  /** Base URL of the question pages; without it the summary is read-only. */
  changeHref?: string;
};

/** Every visible answer grouped by page, with "Change" links while the assessment is editable. */
export function AnswerSummary({ structure, text, answers, labels, changeHref }: Props) {
  const profileValue = (id: string) => {
    const value = answers.profile[id];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return labels.notAnswered;
    if (typeof value === "boolean") return value ? labels.yes : labels.no;
    const options = text.profile[id]?.options ?? {};
    return Array.isArray(value) ? value.map((v) => options[v] ?? v).join(", ") : (options[String(value)] ?? String(value));
  };
  const change = (pageId: string, label: string) =>
    changeHref ? (
      <dd>
        <Link href={`${changeHref}/${pageId}`}>
          {labels.change}
          <span className="visually-hidden"> {label}</span>
        </Link>
      </dd>
    ) : (
      <dd />
    );
  const dimensions = listVisibleDimensions(structure, answers);
  return (
    <>
      <h2>{text.sections.profile?.title}</h2>
      <dl className="answer-list">
        {listVisibleProfileQuestions(structure, answers).map((q) => {
          const label = text.profile[q.id]?.label ?? q.id;
          return (
            <div key={q.id} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd>{profileValue(q.id)}</dd>
              {change("profile", label)}
            </div>
          );
        })}
      </dl>
      {dimensions.map(({ dimension, indicators }) => (
        <section key={dimension.id} aria-labelledby={`summary-${dimension.id}`}>
          <h2 id={`summary-${dimension.id}`}>{text.dimensions[dimension.id]?.title}</h2>
          <dl className="answer-list">
            {indicators.map((indicator) => {
              const indicatorText = text.indicators[indicator.id];
              const level = answers.levels[indicator.id];
              const note = answers.notes[indicator.id];
              const label = indicatorText?.question ?? indicator.id;
              return (
                <div key={indicator.id} style={{ display: "contents" }}>
                  <dt>{label}</dt>
                  <dd>
                    {level === undefined ? labels.notAnswered : `${labels.level} ${level} – ${indicatorText?.levels[level]?.label ?? ""}`}
                    {note ? (
                      <>
                        <br />
                        <span className="muted">
                          {labels.note}: {note}
                        </span>
                      </>
                    ) : null}
                  </dd>
                  {change(dimension.id, label)}
                </div>
              );
            })}
            <div style={{ display: "contents" }}>
              <dt>{labels.target}</dt>
              <dd>{answers.targets[dimension.id] === undefined ? labels.notAnswered : `${labels.level} ${answers.targets[dimension.id]}`}</dd>
              {change("targets", `${labels.target} ${text.dimensions[dimension.id]?.title ?? ""}`)}
            </div>
          </dl>
        </section>
      ))}
    </>
  );
}
