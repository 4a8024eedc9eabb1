"use client";

import { useCallback, useMemo, type ReactNode } from "react";
import { ActionForm } from "@/components/forms/action-form";
import type { FormMessages } from "@/components/forms/form-messages";
import { BilingualText, CheckboxGroup, Select, SubmitButton, TextArea, TextInput, type Option } from "@/components/forms/kit-fields";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { countFormRows, fieldName, type CatalogueFormValues } from "@/lib/catalogue/item-form-fields";
import { textValue } from "@/lib/forms/form-result";
import type { Locale } from "@/lib/i18n";
import { createInterpolator } from "@/lib/i18n/interpolate";

export type FormOption = Option;

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
  | { type: "programme"; options: FormOption[]; countries: Record<string, string> };

type Props = {
  action: FormAction;
  /** The editor's texts and error messages in the reader's language (getFormMessages with catalogueFormTexts). */
  messages: FormMessages;
  mode: "create" | "edit";
  kind: "case-study" | "policy-instrument" | "instrument-type";
  initialValues: CatalogueFormValues;
  countryField: CountryField;
  options: CatalogueFormOptions;
};

/**
 * The catalogue item editor: every field of CatalogueItemSchema for one kind, bilingual texts side
 * by side, lists as checkboxes and one-per-line boxes, a few repeated rows for figures and
 * conditions. The same schema checks it in the browser (as fields are left, and on submit) and in
 * the server action; every problem shows at its field and in the summary, naming the field (and
 * its language), with every value kept. Works without JavaScript.
 */
export function CatalogueItemForm({ action, messages, mode, kind, initialValues, countryField, options }: Props) {
  const programmeCountries = countryField.type === "programme" ? countryField.countries : undefined;
  // zod leaves the first load: the schema comes when a field is first focused (decision 009).
  const schema = useCallback(() => import("@/lib/catalogue/item-form").then((module) => module.catalogueItemFormSchema({ programmeCountries })), [programmeCountries]);
  const form = useActionForm({ schema, action, messages, initialValues: { ...initialValues, kind } });
  // Only the editor's own texts reach the browser, not every message of both languages.
  const fill = useMemo(() => createInterpolator(messages.language), [messages.language]);
  const t = (key: string, values?: Record<string, string | number>) => {
    const text = messages.texts[key] ?? key;
    return values ? fill(text, values) : text;
  };
  const values = form.values;
  const language = (code: Locale) => t(`catalogue.languages.${code}`);
  const isInstrument = kind !== "case-study";

  // The summary names each field by its label (row fields with their row): filled in as the
  // fields below are drawn, in their order on the page, before ActionForm renders.
  const labels: Record<string, string> = {};
  const label = (name: string, text: string, row?: string) => {
    labels[name] = row ? `${row}: ${text}` : text;
    return text;
  };

  const text = (name: string, title: string, extra: { hint?: string; narrow?: boolean; inputMode?: "numeric" | "decimal"; row?: string } = {}) => (
    <TextInput key={name} name={name} label={label(name, title, extra.row)} hint={extra.hint} narrow={extra.narrow} inputMode={extra.inputMode} />
  );
  const select = (name: string, title: string, choices: FormOption[], extra: { hint?: string; placeholder?: string; row?: string } = {}) => (
    <Select key={name} name={name} label={label(name, title, extra.row)} options={choices} hint={extra.hint} placeholder={extra.placeholder ?? t("catalogue.form.choose")} />
  );
  const checkboxes = (name: string, title: string, choices: FormOption[], hint?: string) => (
    <CheckboxGroup key={name} name={name} label={label(name, title)} options={choices} hint={hint} />
  );
  const bilingual = (field: string, title: string, extra: { hint?: string; rows?: number; row?: string } = {}) => (
    <BilingualText
      key={field}
      hint={extra.hint}
      rows={extra.rows}
      fields={options.locales.map((code) => {
        const name = fieldName(field, code);
        return { name, label: label(name, t(title, { language: language(code) }), extra.row) };
      })}
    />
  );
  const section = (title: string, children: ReactNode, hint?: string) => (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {children}
    </fieldset>
  );

  const figureRows = countFormRows(values, "keyFigures");
  const conditionRows = countFormRows(values, "eligibility-conditions");
  const country =
    countryField.type === "select" ? (
      select("country", t("catalogue.country"), countryField.options, { hint: kind === "policy-instrument" ? t("catalogue.form.countryHint") : undefined })
    ) : countryField.type === "programme" ? (
      select("programmeId", t("catalogue.form.programme"), countryField.options, { hint: t("catalogue.form.programmeHint") })
    ) : (
      <>
        <p>{countryField.label}</p>
        {/* Posted as shown; the server keeps the stored country whatever arrives. */}
        <input type="hidden" name="country" value={textValue(values, "country")} />
      </>
    );

  return (
    <ActionForm form={form} labels={labels} summaryTitle={t("errors.summaryTitle")} className="form form--wide">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="technologiesOrder" value={textValue(values, "technologiesOrder")} />
      {isInstrument ? <input type="hidden" name="mechanismsOrder" value={textValue(values, "mechanismsOrder")} /> : null}

      {section(
        t("catalogue.form.basics"),
        <>
          {mode === "create" ? text("id", t("catalogue.form.id"), { hint: t("catalogue.form.idHint") }) : <input type="hidden" name="id" value={textValue(values, "id")} />}
          {country}
          {bilingual("name", "catalogue.form.name", { hint: t("catalogue.form.nameHint") })}
          {bilingual("title", "catalogue.form.title")}
          {kind === "case-study" ? bilingual("activity", "catalogue.form.activity", { hint: t("catalogue.form.activityHint") }) : null}
          {bilingual("approach", "catalogue.form.approach", { hint: t("catalogue.form.approachHint") })}
          {bilingual("summary", "catalogue.form.summary", { hint: t("catalogue.form.summaryHint"), rows: 8 })}
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
              {checkboxes("eligibility-countries", t("catalogue.form.eligibilityCountries"), options.countries, t("catalogue.form.eligibilityCountriesHint"))}
              {checkboxes("eligibility-firmSizes", t("catalogue.form.eligibilitySizes"), options.firmSizes, t("catalogue.form.eligibilitySizesHint"))}
              {checkboxes("eligibility-sectors", t("catalogue.form.eligibilitySectors"), options.sectors, t("catalogue.form.eligibilitySectorsHint"))}
              {Array.from({ length: conditionRows }, (_, index) => {
                const at = (field: string) => fieldName("eligibility-conditions", index, field);
                const row = t("catalogue.form.condition", { number: index + 1 });
                return (
                  <fieldset key={at("row")} className="form-row">
                    <legend className="label">{row}</legend>
                    {select(
                      at("kind"),
                      t("catalogue.form.conditionKind"),
                      (["exports", "offers-services", "text"] as const).map((id) => ({ value: id, label: t(`catalogue.form.conditionKinds.${id}`) })),
                      { row },
                    )}
                    {select(
                      at("value"),
                      t("catalogue.form.conditionValue"),
                      [
                        { value: "yes", label: t("catalogue.form.yes") },
                        { value: "no", label: t("catalogue.form.no") },
                      ],
                      { row },
                    )}
                    {bilingual(at("text"), "catalogue.form.conditionText", { row })}
                  </fieldset>
                );
              })}
              {text("eligibility-opensOn", t("catalogue.form.opensOn"), { hint: t("catalogue.form.dateHint"), narrow: true })}
              {text("eligibility-closesOn", t("catalogue.form.closesOn"), { hint: t("catalogue.form.dateHint"), narrow: true })}
            </>,
            t("catalogue.form.eligibilityHint"),
          )
        : null}

      {isInstrument
        ? section(
            t("catalogue.form.howToApply"),
            <>
              {bilingual(fieldName("howToApply", "whoMayApply"), "catalogue.form.whoMayApply", { hint: t("catalogue.form.whoMayApplyHint"), rows: 3 })}
              {bilingual(fieldName("howToApply", "steps"), "catalogue.form.steps", { hint: t("catalogue.form.stepsHint"), rows: 5 })}
              {text("howToApply-website", t("catalogue.form.website"), { hint: t("catalogue.form.websiteHint") })}
              {bilingual(fieldName("howToApply", "contact"), "catalogue.form.contact", { rows: 2 })}
            </>,
            t("catalogue.form.howToApplyHint"),
          )
        : null}

      {section(
        t("catalogue.form.figures"),
        Array.from({ length: figureRows }, (_, index) => {
          const at = (field: string) => fieldName("keyFigures", index, field);
          const row = t("catalogue.form.figure", { number: index + 1 });
          return (
            <fieldset key={at("row")} className="form-row">
              <legend className="label">{row}</legend>
              {bilingual(at("label"), "catalogue.form.figureLabel", { row })}
              {text(at("value"), t("catalogue.form.value"), { narrow: true, inputMode: "decimal", row })}
              {text(at("valueMax"), t("catalogue.form.valueMax"), { narrow: true, inputMode: "decimal", row })}
              {text(at("from"), t("catalogue.form.from"), { narrow: true, inputMode: "decimal", row })}
              {select(at("unit"), t("catalogue.form.unit"), options.units, { row })}
              {select(at("direction"), t("catalogue.form.direction"), (["increase", "decrease", "level"] as const).map((id) => ({ value: id, label: t(`catalogue.form.directions.${id}`) })), { row })}
              {select(at("status"), t("catalogue.form.figureStatus"), (["achieved", "expected", "target"] as const).map((id) => ({ value: id, label: t(`catalogue.form.figureStatuses.${id}`) })), { row })}
              {select(at("dimension"), t("catalogue.form.figureDimension"), options.dimensions, { placeholder: t("catalogue.form.none"), row })}
              {select(at("impact"), t("catalogue.form.figureImpact"), options.impacts, { placeholder: t("catalogue.form.none"), row })}
            </fieldset>
          );
        }),
        t("catalogue.form.figuresHint"),
      )}

      {section(
        t("catalogue.form.lessonsAndSource"),
        <>
          {bilingual("lessons", "catalogue.form.lessons", { hint: t("catalogue.form.lessonsHint"), rows: 5 })}
          {select("source-kind", t("catalogue.form.source"), (["report", "generic", "other"] as const).map((id) => ({ value: id, label: t(`catalogue.form.sourceKinds.${id}`) })))}
          {select("source-document", t("catalogue.form.sourceDocument"), options.sourceDocuments)}
          {text("source-section", t("catalogue.form.sourceSection"))}
          {text("source-pages", t("catalogue.form.sourcePages"), { hint: t("catalogue.form.sourcePagesHint"), narrow: true })}
          {text("source-citation", t("catalogue.form.sourceCitation"), { hint: t("catalogue.form.sourceCitationHint") })}
          <TextArea name="relatedItemIds" label={label("relatedItemIds", t("catalogue.form.related"))} hint={t("catalogue.form.relatedHint")} rows={3} />
        </>,
      )}

      <SubmitButton
        label={t(mode === "create" ? "catalogue.form.create" : "catalogue.form.save")}
        pendingLabel={t(mode === "create" ? "catalogue.form.creating" : "catalogue.form.saving")}
      />
    </ActionForm>
  );
}
