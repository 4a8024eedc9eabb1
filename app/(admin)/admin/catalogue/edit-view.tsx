import Link from "next/link";
import { CatalogueItemForm, type CountryField } from "@/components/catalogue/catalogue-item-form";
import { requireCatalogueEditAccess } from "@/lib/auth/guards";
import { catalogueBasePathFor } from "@/lib/auth/roles";
import { toCatalogueFormValues } from "@/lib/catalogue/item-form";
import { getFormMessages, getLocale, getTranslator } from "@/lib/i18n/server";
import { reactivateCatalogueItemAction, retireCatalogueItemAction, updateCatalogueItemAction } from "./actions";
import { buildCatalogueFormOptions, catalogueCountryName, catalogueFormTexts } from "./form-options";
import type { CatalogueAudience } from "./list-view";
import { adminCountryField } from "./new-view";

/** Editing one item, with retire or reactivate; the guard answers 403 for an item outside the caller's scope. */
export async function CatalogueEditView({ params, audience }: { params: Promise<{ itemId: string }>; audience: CatalogueAudience }) {
  const { itemId } = await params;
  const { user, scope, item: entry } = await requireCatalogueEditAccess(itemId, { audience });
  const [t, locale, messages] = await Promise.all([getTranslator(), getLocale(), getFormMessages(...catalogueFormTexts)]);
  const base = catalogueBasePathFor(user.role);
  const item = entry.item;
  // Officers keep an instrument in its country; admins may correct it (generic types stay generic).
  const countryField: CountryField =
    scope.kind === "all" ? adminCountryField(item.kind, t) : { type: "fixed", label: t("catalogue.form.fixedCountry", { country: catalogueCountryName(item.country, t) }) };
  const retired = entry.status === "retired";
  return (
    <>
      <nav aria-label={t("catalogue.breadcrumbs")} className="breadcrumbs">
        <Link href={base}>{t("catalogue.title")}</Link>
      </nav>
      <h1>{t("catalogue.editTitle", { name: item.name[locale] })}</h1>
      <dl className="summary">
        <dt>{t("catalogue.kind")}</dt>
        <dd>{t(`catalogue.kinds.${item.kind}`)}</dd>
        <dt>{t("catalogue.form.id")}</dt>
        <dd>
          <code>{item.id}</code>
        </dd>
        <dt>{t("catalogue.status")}</dt>
        <dd>{t(`catalogue.statuses.${entry.status}`)}</dd>
      </dl>
      {retired ? (
        <div className="notice" role="note">
          {t("catalogue.retiredNotice")}
        </div>
      ) : null}
      <form action={retired ? reactivateCatalogueItemAction : retireCatalogueItemAction} className="inline-form">
        <input type="hidden" name="itemId" value={item.id} />
        {retired ? null : <p className="hint">{t("catalogue.retireLead")}</p>}
        <button type="submit" className={retired ? "button button--secondary" : "button button--warning"}>
          {t(retired ? "catalogue.reactivate" : "catalogue.retire")}
        </button>
      </form>
      <CatalogueItemForm
        action={updateCatalogueItemAction}
        messages={messages}
        mode="edit"
        kind={item.kind}
        initialValues={toCatalogueFormValues(item)}
        countryField={countryField}
        options={buildCatalogueFormOptions(locale, t)}
      />
    </>
  );
}
