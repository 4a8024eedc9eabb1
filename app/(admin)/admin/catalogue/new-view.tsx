import Link from "next/link";
import { CatalogueItemForm, type CountryField } from "@/components/catalogue/catalogue-item-form";
import { requireCatalogueEditAccess } from "@/lib/auth/guards";
import { catalogueBasePathFor } from "@/lib/auth/roles";
import { creatableKinds } from "@/lib/catalogue/edit-scope";
import type { CatalogueItemKind } from "@/lib/catalogue/item-schema";
import type { Translate } from "@/lib/i18n";
import { getFormMessages, getLocale, getTranslator } from "@/lib/i18n/server";
import { createCatalogueItemAction } from "./actions";
import { buildCatalogueFormOptions, catalogueCountryName, catalogueFormTexts, countryOptions } from "./form-options";
import type { CatalogueAudience, SearchParams } from "./list-view";
import { CatalogueKindSchema } from "./schema";

/** The country control for an admin: a list of countries (plus International for policy instruments), fixed for generic types. */
export function adminCountryField(kind: CatalogueItemKind, t: Translate): CountryField {
  if (kind === "instrument-type") return { type: "fixed", label: t("catalogue.form.fixedCountry", { country: t("catalogue.generic") }) };
  const countries = countryOptions(t);
  return { type: "select", options: kind === "policy-instrument" ? [{ value: "international", label: t("catalogue.international") }, ...countries] : countries };
}

/**
 * Adding an item: the kind is chosen first (a plain GET form), then the form for that kind. An
 * officer adds policy instruments only, for one of their programmes (its country is the item's).
 */
export async function CatalogueNewView({ searchParams, audience }: { searchParams: SearchParams; audience: CatalogueAudience }) {
  const { user, scope } = await requireCatalogueEditAccess(null, { audience });
  const [t, locale, params, messages] = await Promise.all([getTranslator(), getLocale(), searchParams, getFormMessages(...catalogueFormTexts)]);
  const base = catalogueBasePathFor(user.role);
  const kinds = creatableKinds(scope);
  const asked = CatalogueKindSchema.safeParse(Array.isArray(params.kind) ? params.kind[0] : params.kind);
  const kind = kinds.length === 1 ? kinds[0] : asked.success && kinds.includes(asked.data) ? asked.data : undefined;
  const breadcrumbs = (
    <nav aria-label={t("catalogue.breadcrumbs")} className="breadcrumbs">
      <Link href={base}>{t("catalogue.title")}</Link>
    </nav>
  );

  if (kinds.length === 0) {
    return (
      <>
        {breadcrumbs}
        <h1>{t("catalogue.newInstrumentTitle")}</h1>
        <p>{t("catalogue.noProgramme")}</p>
      </>
    );
  }

  if (!kind) {
    return (
      <>
        {breadcrumbs}
        <h1>{t("catalogue.newTitle")}</h1>
        <form method="get" action={`${base}/new`} className="form">
          <div className="field">
            <fieldset aria-describedby="kind-hint">
              <legend className="label">{t("catalogue.kind")}</legend>
              <span className="hint" id="kind-hint">
                {t("catalogue.chooseKindLead")}
              </span>
              <div className="choices">
                {kinds.map((option, index) => (
                  <label key={option} className="choice" htmlFor={`kind-${option}`}>
                    <input type="radio" id={`kind-${option}`} name="kind" value={option} defaultChecked={index === 0} />
                    <span>{t(`catalogue.kinds.${option}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="button">
            {t("catalogue.continue")}
          </button>
        </form>
      </>
    );
  }

  const countryField: CountryField =
    scope.kind === "all"
      ? adminCountryField(kind, t)
      : {
          type: "programme",
          options: scope.programmes.map((programme) => ({ value: programme.id, label: `${programme.name} (${catalogueCountryName(programme.country, t)})` })),
          countries: Object.fromEntries(scope.programmes.map((programme) => [programme.id, programme.country])),
        };
  const initialValues: Record<string, string> = {
    "source-kind": kind === "instrument-type" ? "generic" : "other",
    ...(scope.kind === "programmes" && scope.programmes.length === 1 ? { programmeId: scope.programmes[0]!.id } : {}),
  };
  return (
    <>
      {breadcrumbs}
      <h1>{scope.kind === "all" ? `${t("catalogue.newTitle")}: ${t(`catalogue.kinds.${kind}`)}` : t("catalogue.newInstrumentTitle")}</h1>
      <CatalogueItemForm
        action={createCatalogueItemAction}
        messages={messages}
        mode="create"
        kind={kind}
        initialValues={initialValues}
        countryField={countryField}
        options={buildCatalogueFormOptions(locale, t)}
      />
    </>
  );
}
