import Link from "next/link";
import { FieldShell } from "@/components/forms/field";
import { FilterSelect } from "@/components/forms/filter-select";
import type { MessageKey, Translate } from "@/lib/i18n";
import { firmSizeBandIds, isicDivisionCodes } from "@/lib/questionnaire/taxonomy";

export type CohortFilterValues = { sector?: string; size?: string; from?: string; to?: string };

type Props = {
  /** The page the form sends its GET to (filters travel in the query string, so no JavaScript is needed). */
  action: string;
  /** The values as the reader typed them, kept even when invalid so they can be corrected. */
  values: CohortFilterValues;
  /** A message key of the filter's parse error, or null. */
  error: string | null;
  t: Translate;
};

/** The cohort filter: sector, size and the date range of the latest submission. */
export function CohortFilterForm({ action, values, error, t }: Props) {
  const toError = error === "errors.dateRangeOrder" ? t("errors.dateRangeOrder") : undefined;
  return (
    <>
      {error ? (
        <div className="notice notice--error" role="note">
          <p>{t(error as MessageKey)}</p>
        </div>
      ) : null}
      <form method="get" action={action} className="filter-form cohort-filters" aria-labelledby="cohort-filters-heading">
        <h2 id="cohort-filters-heading" className="visually-hidden">
          {t("cohort.filters.title")}
        </h2>
        <FilterSelect
          id="cohort-sector"
          name="sector"
          label={t("cohort.filters.sector")}
          value={values.sector}
          anyLabel={t("cohort.filters.allSectors")}
          options={isicDivisionCodes.map((code) => ({ value: code, label: `${code} – ${t(`sectors.${code}` as MessageKey)}` }))}
        />
        <FilterSelect
          id="cohort-size"
          name="size"
          label={t("cohort.filters.size")}
          value={values.size}
          anyLabel={t("cohort.filters.allSizes")}
          options={firmSizeBandIds.map((size) => ({ value: size, label: t(`cohort.sizes.${size}`) }))}
        />
        <FieldShell id="cohort-from" label={t("cohort.filters.from")} hint={t("cohort.filters.dateHint")}>
          {(describedBy) => <input type="date" id="cohort-from" name="from" defaultValue={values.from ?? ""} aria-describedby={describedBy} />}
        </FieldShell>
        <FieldShell id="cohort-to" label={t("cohort.filters.to")} hint={t("cohort.filters.dateHint")} error={toError}>
          {(describedBy) => (
            <input type="date" id="cohort-to" name="to" defaultValue={values.to ?? ""} aria-describedby={describedBy} aria-invalid={toError ? true : undefined} />
          )}
        </FieldShell>
        <div className="filter-form__actions">
          <button type="submit" className="button button--secondary">
            {t("cohort.filters.apply")}
          </button>
          <Link href={action}>{t("cohort.filters.clear")}</Link>
        </div>
      </form>
    </>
  );
}
