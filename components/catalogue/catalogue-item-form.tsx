"use client";

import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldShell } from "@/components/forms/field";
import { countFormRows, type CatalogueFormValues } from "@/lib/catalogue/item-form";
import { createTranslator, type Locale, type MessageKey } from "@/lib/i18n";
import { catalogueFieldDomId as domId, idleCatalogueFormState, type CatalogueFormState } from "./catalogue-form-state";

export type FormOption = { value: string; label: string };

/** Option lists with labels in the reader's language, built on the server. */
export type CatalogueFormOptions = {
  locales: readonly Locale[];
  countries: FormOption[];
  sectors: FormOption[];
  firmSizes: FormOption[];
  technologies: FormOption[];
  dimensions: FormOption[];
  challenges: FormOption[];
  impacts: FormOption[];
  mechanisms: FormOption[];
  units: FormOption[];
  sourceDocuments: FormOption[];
};

/** How the country is set: chosen from a list (admins), shown as fixed (edits by officers, generic types) or taken from the chosen programme. */
export type CountryField =
  | { type: "select"; options: FormOption[] }
  | { type: "fixed"; label: string }
  | { type: "programme"; options: FormOption[] };

type Props = {
  action: (state: CatalogueFormState, formData: FormData) => Promise<CatalogueFormState>;
  mode: "create" | "edit";
  kind: "case-study" | "policy-instrument" | "instrument-type";
  locale: Locale;
  initialValues: CatalogueFormValues;
  countryField: CountryField;
  options: CatalogueFormOptions;
};

/**
 * The catalogue item editor: every field of CatalogueItemSchema for one kind, bilingual texts side
 * by side, lists as checkboxes and one-per-line boxes, a few repeated rows for figures and
 * conditions. Posts to a server action that validates with the schema; errors come back by field,
 * next to it and in the summary, with every value kept. Works without JavaScript.
 */
export function CatalogueItemForm({ action, mode, kind, locale, initialValues, countryField, options }: Props) {
  const [state, formAction, pending] = useActionState(action, idleCatalogueFormState);
  const t = createTranslator(locale);
  const values = state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => values[name]?.[0] ?? "";
  const ticked = (name: string, option: string) => values[name]?.includes(option) ?? false;
  const language = (code: Locale) => t(`catalogue.languages.${code}` as MessageKey);
  const isInstrument = kind !== "case-study";
  const summaryErrors = Object.entries(errors).map(([field, message]) => ({ fieldId: domId(field), message }));

  const text = (name: string, label: string, extra: { hint?: string; narrow?: boolean; readOnly?: boolean; inputMode?: "numeric" | "decimal" } = {}) => (
    <FieldShell key={name} id={domId(name)} label={label} hint={extra.hint} error={errors[name]}>
      {(describedBy) => (
        <input
          type="text"
          id={domId(name)}
          name={name}
          defaultValue={value(name)}
          readOnly={extra.readOnly}
          inputMode={extra.inputMode}
          className={extra.narrow ? "input--narrow" : undefined}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );

  const area = (name: string, label: string, hint?: string, rows = 4) => (
    <FieldShell key={name} id={domId(name)} label={label} hint={hint} error={errors[name]}>
      {(describedBy) => (
        <textarea id={domId(name)} name={name} rows={rows} defaultValue={value(name)} aria-invalid={errors[name] ? true : undefined} aria-describedby={describedBy} />
      )}
    </FieldShell>
  );

  const select = (name: string, label: string, choices: FormOption[], extra: { hint?: string; placeholder?: string } = {}) => (
    <FieldShell key={name} id={domId(name)} label={label} hint={extra.hint} error={errors[name]}>
      {(describedBy) => (
        <select id={domId(name)} name={name} defaultValue={value(name)} aria-invalid={errors[name] ? true : undefined} aria-describedby={describedBy}>
          <option value="">{extra.placeholder ?? t("catalogue.form.choose")}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );

  const checkboxes = (name: string, label: string, choices: FormOption[], hint?: string) => {
    const id = domId(name);
    const hintId = hint ? `${id}-hint` : undefined;
    const errorId = errors[name] ? `${id}-error` : undefined;
    return (
      <div key={name} className={errors[name] ? "field field--error" : "field"}>
        <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
          <legend className="label">{label}</legend>
          {hint ? (
            <span className="hint" id={hintId}>
              {hint}
            </span>
          ) : null}
          {errors[name] ? (
            <span className="field-error" id={errorId}>
              <span className="visually-hidden">Error: </span>
              {errors[name]}
            </span>
          ) : null}
          <div className={choices.length > 8 ? "choices choices--columns" : "choices"}>
            {choices.map((choice, index) => {
              // The first box carries the group's id, so the error summary's link lands on it.
              const choiceId = index === 0 ? id : `${id}-${choice.value}`;
              return (
                <label key={choice.value} className="choice" htmlFor={choiceId}>
                  <input type="checkbox" id={choiceId} name={name} value={choice.value} defaultChecked={ticked(name, choice.value)} />
                  <span>{choice.label}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  };

  const bilingual = (field: string, label: MessageKey, hint?: string, multiline = false) =>
    options.locales.map((code) =>
      multiline ? area(`${field}.${code}`, t(label, { language: language(code) }), hint, 8) : text(`${field}.${code}`, t(label, { language: language(code) }), { hint }),
    );

  const section = (title: string, children: ReactNode, hint?: string) => (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {children}
    </fieldset>
  );

  const figureRows = countFormRows(values, "keyFigures");
  const conditionRows = countFormRows(values, "eligibility.conditions");

  return (
    <form action={formAction} className="form form--wide" noValidate>
      <ErrorSummary title={t("errors.summaryTitle")} errors={summaryErrors} />
      {state.formError ? (
        <div className="notice notice--error" role="alert">
          {state.formError}
        </div>
      ) : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="technologiesOrder" value={value("technologiesOrder")} />
      {isInstrument ? <input type="hidden" name="mechanismsOrder" value={value("mechanismsOrder")} /> : null}

      {section(
        t("catalogue.form.basics"),
        <>
          {mode === "create" ? text("id", t("catalogue.form.id"), { hint: t("catalogue.form.idHint") }) : <input type="hidden" name="id" value={value("id")} />}
          {countryField.type === "select"
            ? select("country", t("catalogue.country"), countryField.options, { hint: kind === "policy-instrument" ? t("catalogue.form.countryHint") : undefined })
            : countryField.type === "programme"
              ? select("programmeId", t("catalogue.form.programme"), countryField.options, { hint: t("catalogue.form.programmeHint") })
              : <p>{countryField.label}</p>}
          {bilingual("name", "catalogue.form.name", t("catalogue.form.nameHint"))}
          {bilingual("title", "catalogue.form.title")}
          {kind === "case-study" ? bilingual("activity", "catalogue.form.activity", t("catalogue.form.activityHint")) : null}
          {bilingual("approach", "catalogue.form.approach", t("catalogue.form.approachHint"))}
          {bilingual("summary", "catalogue.form.summary", t("catalogue.form.summaryHint"), true)}
          {text("year", t("catalogue.form.year"), { hint: t("catalogue.form.yearHint"), narrow: true, inputMode: "numeric" })}
        </>,
      )}

      {section(
        t("catalogue.form.tags"),
        <>
          {checkboxes("sectors", t("catalogue.form.sectors"), options.sectors, t("catalogue.form.sectorsHint"))}
          {checkboxes("firmSizes", t("catalogue.form.firmSizes"), options.firmSizes)}
          {checkboxes("technologies", t("catalogue.form.technologies"), options.technologies, t("catalogue.form.technologiesHint"))}
          {select("primaryTechnology", t("catalogue.form.primaryTechnology"), options.technologies, {
            hint: t("catalogue.form.primaryTechnologyHint"),
            placeholder: t("catalogue.form.none"),
          })}
          {checkboxes("dimensions", t("catalogue.form.dimensions"), options.dimensions)}
          {checkboxes("challenges", t("catalogue.form.challenges"), options.challenges)}
          {checkboxes("impacts", t("catalogue.form.impacts"), options.impacts)}
          {isInstrument ? checkboxes("mechanisms", t("catalogue.form.mechanisms"), options.mechanisms) : null}
          {isInstrument ? select("primaryMechanism", t("catalogue.form.primaryMechanism"), options.mechanisms, { placeholder: t("catalogue.form.none") }) : null}
        </>,
      )}

      {isInstrument
        ? section(
            t("catalogue.form.eligibility"),
            <>
              {checkboxes("eligibility.countries", t("catalogue.form.eligibilityCountries"), options.countries, t("catalogue.form.eligibilityCountriesHint"))}
              {checkboxes("eligibility.firmSizes", t("catalogue.form.eligibilitySizes"), options.firmSizes, t("catalogue.form.eligibilitySizesHint"))}
              {checkboxes("eligibility.sectors", t("catalogue.form.eligibilitySectors"), options.sectors, t("catalogue.form.eligibilitySectorsHint"))}
              {Array.from({ length: conditionRows }, (_, index) => {
                const prefix = `eligibility.conditions.${index}`;
                return (
                  <fieldset key={prefix} className="form-row">
                    <legend className="label">{t("catalogue.form.condition", { number: index + 1 })}</legend>
                    {select(`${prefix}.kind`, t("catalogue.form.conditionKind"), [
                      { value: "exports", label: t("catalogue.form.conditionKinds.exports") },
                      { value: "offers-services", label: t("catalogue.form.conditionKinds.offers-services") },
                      { value: "text", label: t("catalogue.form.conditionKinds.text") },
                    ])}
                    {select(`${prefix}.value`, t("catalogue.form.conditionValue"), [
                      { value: "yes", label: t("catalogue.form.yes") },
                      { value: "no", label: t("catalogue.form.no") },
                    ])}
                    {bilingual(`${prefix}.text`, "catalogue.form.conditionText")}
                  </fieldset>
                );
              })}
              {text("eligibility.opensOn", t("catalogue.form.opensOn"), { hint: t("catalogue.form.dateHint"), narrow: true })}
              {text("eligibility.closesOn", t("catalogue.form.closesOn"), { hint: t("catalogue.form.dateHint"), narrow: true })}
            </>,
            t("catalogue.form.eligibilityHint"),
          )
        : null}

      {section(
        t("catalogue.form.figures"),
        Array.from({ length: figureRows }, (_, index) => {
          const prefix = `keyFigures.${index}`;
          return (
            <fieldset key={prefix} className="form-row">
              <legend className="label">{t("catalogue.form.figure", { number: index + 1 })}</legend>
              {bilingual(`${prefix}.label`, "catalogue.form.figureLabel")}
              {text(`${prefix}.value`, t("catalogue.form.value"), { narrow: true, inputMode: "decimal" })}
              {text(`${prefix}.valueMax`, t("catalogue.form.valueMax"), { narrow: true, inputMode: "decimal" })}
              {text(`${prefix}.from`, t("catalogue.form.from"), { narrow: true, inputMode: "decimal" })}
              {select(`${prefix}.unit`, t("catalogue.form.unit"), options.units)}
              {select(`${prefix}.direction`, t("catalogue.form.direction"), (["increase", "decrease", "level"] as const).map((id) => ({ value: id, label: t(`catalogue.form.directions.${id}`) })))}
              {select(`${prefix}.status`, t("catalogue.form.figureStatus"), (["achieved", "expected", "target"] as const).map((id) => ({ value: id, label: t(`catalogue.form.figureStatuses.${id}`) })))}
              {select(`${prefix}.dimension`, t("catalogue.form.figureDimension"), options.dimensions, { placeholder: t("catalogue.form.none") })}
              {select(`${prefix}.impact`, t("catalogue.form.figureImpact"), options.impacts, { placeholder: t("catalogue.form.none") })}
            </fieldset>
          );
        }),
        t("catalogue.form.figuresHint"),
      )}

      {section(
        t("catalogue.form.lessonsAndSource"),
        <>
          {options.locales.map((code) => area(`lessons.${code}`, t("catalogue.form.lessons", { language: language(code) }), t("catalogue.form.lessonsHint"), 5))}
          {select("source.kind", t("catalogue.form.source"), (["report", "generic", "other"] as const).map((id) => ({ value: id, label: t(`catalogue.form.sourceKinds.${id}`) })))}
          {select("source.document", t("catalogue.form.sourceDocument"), options.sourceDocuments)}
          {text("source.section", t("catalogue.form.sourceSection"))}
          {text("source.pages", t("catalogue.form.sourcePages"), { hint: t("catalogue.form.sourcePagesHint"), narrow: true })}
          {text("source.citation", t("catalogue.form.sourceCitation"), { hint: t("catalogue.form.sourceCitationHint") })}
          {area("relatedItemIds", t("catalogue.form.related"), t("catalogue.form.relatedHint"), 3)}
        </>,
      )}

      <button type="submit" className="button" disabled={pending}>
        {pending ? t(mode === "create" ? "catalogue.form.creating" : "catalogue.form.saving") : t(mode === "create" ? "catalogue.form.create" : "catalogue.form.save")}
      </button>
    </form>
  );
}
