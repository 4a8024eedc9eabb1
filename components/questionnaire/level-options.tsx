"use client";

import { useWatch } from "react-hook-form";
import { fieldDomId } from "@/lib/questionnaire/answer-fields";
import type { LevelText } from "@/lib/questionnaire/text-schema";
import { useQuestionField } from "./page-fields-context";

type Props = {
  field: string;
  legend: string;
  hint?: string;
  levels: readonly LevelText[];
  value?: number;
  error?: string;
  /** Extra line under the legend, e.g. the proposed default target. */
  note?: string;
  /** A target's level today: a chosen target below it is said at once (the gap counts as 0). */
  belowToday?: { current: number; message: string };
  /**
   * The short layout (issue 16): a row of level numbers (their names for screen readers), the
   * chosen level's name and descriptor in full under them, every descriptor in a guide (LevelGuide) that describes each radio: the
   * descriptors' ids are `${descriptionIds}-${level}`.
   */
  compact?: { descriptionIds: string; today?: { level: number; mark: string } };
};

/** The 0–5 scale as large radio options, each with its observable descriptor. Plain HTML: no JavaScript needed. */
export function LevelOptions({ field, legend, hint, levels, value, error: shownError, note, belowToday, compact }: Props) {
  const { registration, error: fieldError, typed } = useQuestionField(field);
  const error = fieldError ?? shownError;
  const id = fieldDomId(field);
  const chosen = useWatch({ name: field }) as string | null | undefined;
  // Before hydration (and without JavaScript) the chosen level is the one the page was rendered with.
  const chosenLevel = chosen === undefined ? (typed ? Number(typed[0]) : value) : chosen === null || chosen === "" ? undefined : Number(chosen);
  const below = belowToday && chosenLevel !== undefined && chosenLevel < belowToday.current ? belowToday.message : null;
  const describedBy =
    [hint ? `${id}-hint` : null, note ? `${id}-note` : null, belowToday ? `${id}-below` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field--error" : "field"} data-field={field}>
      <fieldset id={id} aria-describedby={describedBy} tabIndex={-1}>
        <legend className="question-legend">{legend}</legend>
        {hint ? (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {note ? (
          <p className="hint" id={`${id}-note`}>
            {note}
          </p>
        ) : null}
        {belowToday ? (
          <p className="target-below" id={`${id}-below`} aria-live="polite">
            {below}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <div className={compact ? "level-options level-options--compact" : "level-options"}>
          {levels.map((level, index) => (
            <label key={index} className="level-option" htmlFor={`${id}-${index}`}>
              <input
                type="radio"
                id={`${id}-${index}`}
                {...registration}
                value={index}
                defaultChecked={typed ? typed.includes(String(index)) : value === index}
                aria-describedby={compact ? `${compact.descriptionIds}-${index}` : undefined}
              />
              <span className="level-option__text">
                {compact ? (
                  // The number is what shows; the name completes the radio's accessible name (label in name: "2").
                  <span className="level-option__label">
                    {index}
                    <span className="visually-hidden"> – {level.label}</span>
                  </span>
                ) : (
                  <span className="level-option__label">
                    {index} – {level.label}
                  </span>
                )}
                {compact ? null : <span className="level-option__descriptor">{level.descriptor}</span>}
                {compact?.today?.level === index ? (
                  <span className="level-option__today" aria-hidden="true">
                    {compact.today.mark}
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
        {compact && chosenLevel !== undefined && levels[chosenLevel] ? (
          <p className="level-chosen" aria-hidden="true">
            <strong>
              {chosenLevel} – {levels[chosenLevel].label}:
            </strong>{" "}
            {levels[chosenLevel].descriptor}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}

/**
 * Every level's descriptor, folded away: one tap to read them all; each describes its radio
 * (aria-describedby), so a screen reader hears it on the option itself.
 */
export function LevelGuide({ label, levels, descriptionIds }: { label: string; levels: readonly LevelText[]; descriptionIds: string }) {
  return (
    <details className="level-guide">
      <summary>{label}</summary>
      <dl>
        {levels.map((level, index) => (
          <div key={index}>
            <dt>
              {index} – {level.label}
            </dt>
            <dd id={`${descriptionIds}-${index}`}>{level.descriptor}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
