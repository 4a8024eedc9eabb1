import Link from "next/link";
import { FilterSelect } from "@/components/forms/filter-select";
import { Pagination } from "@/components/forms/pagination";
import { requireCatalogueEditAccess } from "@/lib/auth/guards";
import { catalogueBasePathFor } from "@/lib/auth/roles";
import { canEditCatalogueItem, creatableKinds } from "@/lib/catalogue/edit-scope";
import { catalogueItemKinds } from "@/lib/catalogue/item-schema";
import { getCatalogueItem, listCatalogueSummaries } from "@/lib/db/queries/catalogue";
import { getFormats, getLocale, getTranslator } from "@/lib/i18n/server";
import { reactivateCatalogueItemAction, retireCatalogueItemAction } from "./actions";
import { catalogueCountryName, countryOptions } from "./form-options";
import { CatalogueListQuerySchema } from "./schema";

export type CatalogueAudience = "admin" | "officer";
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pageSize = 50;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The catalogue list with filters (kind, country, status, words), for admins at /admin/catalogue
 * and officers at /officer/catalogue. Officers see every item but may change only those in their
 * edit scope; the others show as read only.
 */
export async function CatalogueListView({ searchParams, audience }: { searchParams: SearchParams; audience: CatalogueAudience }) {
  const { user, scope } = await requireCatalogueEditAccess(null, { audience });
  const params = await searchParams;
  const query = CatalogueListQuerySchema.parse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, single(value)])));
  const [t, locale, formats] = await Promise.all([getTranslator(), getLocale(), getFormats()]);
  const { items, total } = await listCatalogueSummaries({
    kind: query.kind,
    country: query.country,
    status: query.status,
    search: query.q,
    limit: pageSize,
    offset: (query.page - 1) * pageSize,
  });
  const outcomeItem = query.done && query.item ? await getCatalogueItem(query.item) : null;
  const base = catalogueBasePathFor(user.role);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const pageHref = (page: number) => {
    const next = new URLSearchParams();
    if (query.q) next.set("q", query.q);
    if (query.kind) next.set("kind", query.kind);
    if (query.country) next.set("country", query.country);
    if (query.status !== "all") next.set("status", query.status);
    next.set("page", String(page));
    return `${base}?${next}`;
  };
  const canAdd = creatableKinds(scope).length > 0;

  return (
    <>
      <h1>{t("catalogue.title")}</h1>
      {outcomeItem && query.done ? (
        <div className="notice notice--success" role="status">
          {t(`catalogue.outcomes.${query.done}`, { name: outcomeItem.item.name[locale] })}
        </div>
      ) : null}
      <p>{t(audience === "admin" ? "catalogue.lead" : "catalogue.officerLead")}</p>
      {canAdd ? (
        <p>
          <Link href={`${base}/new`} className="button">
            {t(audience === "admin" ? "catalogue.addItem" : "catalogue.addInstrument")}
          </Link>
        </p>
      ) : null}

      <form method="get" action={base} className="filter-form" aria-labelledby="catalogue-filters">
        <h2 id="catalogue-filters" className="visually-hidden">
          {t("catalogue.filtersTitle")}
        </h2>
        <div className="field">
          <label htmlFor="filter-q">{t("catalogue.search")}</label>
          <span className="hint" id="filter-q-hint">
            {t("catalogue.searchHint")}
          </span>
          <input type="text" id="filter-q" name="q" defaultValue={query.q ?? ""} aria-describedby="filter-q-hint" />
        </div>
        <FilterSelect
          id="filter-kind"
          name="kind"
          label={t("catalogue.kind")}
          value={query.kind}
          anyLabel={t("catalogue.any")}
          options={catalogueItemKinds.map((kind) => ({ value: kind, label: t(`catalogue.kinds.${kind}`) }))}
        />
        <FilterSelect
          id="filter-country"
          name="country"
          label={t("catalogue.country")}
          value={query.country}
          anyLabel={t("catalogue.any")}
          options={[
            { value: "generic", label: t("catalogue.generic") },
            { value: "international", label: t("catalogue.international") },
            ...countryOptions(t),
          ]}
        />
        <FilterSelect
          id="filter-status"
          name="status"
          label={t("catalogue.status")}
          value={query.status}
          options={[
            { value: "all", label: t("catalogue.statusAll") },
            { value: "active", label: t("catalogue.statuses.active") },
            { value: "retired", label: t("catalogue.statuses.retired") },
          ]}
        />
        <div className="filter-form__actions">
          <button type="submit" className="button button--secondary">
            {t("catalogue.applyFilters")}
          </button>
          <Link href={base}>{t("catalogue.clearFilters")}</Link>
        </div>
      </form>

      <p>
        {total === 0 ? t("catalogue.noResults") : t("catalogue.resultCount", { count: total })}
      </p>
      {items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("catalogue.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("catalogue.colTitle")}</th>
                <th scope="col">{t("catalogue.colKind")}</th>
                <th scope="col">{t("catalogue.colCountry")}</th>
                <th scope="col">{t("catalogue.colStatus")}</th>
                <th scope="col">{t("catalogue.colUpdated")}</th>
                <th scope="col">{t("catalogue.colActions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => {
                const name = entry.name[locale];
                const editable = canEditCatalogueItem(scope, entry);
                return (
                  <tr key={entry.id}>
                    <th scope="row">
                      {editable ? <Link href={`${base}/${entry.id}`}>{entry.title[locale]}</Link> : entry.title[locale]}
                      <br />
                      <code className="muted">{entry.id}</code>
                    </th>
                    <td>{t(`catalogue.kinds.${entry.kind}`)}</td>
                    <td>{catalogueCountryName(entry.country, t)}</td>
                    <td>
                      <span className={entry.status === "active" ? "tag tag--completed" : "tag tag--not-started"}>{t(`catalogue.statuses.${entry.status}`)}</span>
                    </td>
                    <td>{formats.shortDate(entry.updatedAt)}</td>
                    <td>
                      {editable ? (
                        <div className="row-actions">
                          <Link href={`${base}/${entry.id}`}>
                            {t("catalogue.edit")}
                            <span className="visually-hidden"> {name}</span>
                          </Link>
                          <form action={entry.status === "active" ? retireCatalogueItemAction : reactivateCatalogueItemAction} className="inline-form inline-form--compact">
                            <input type="hidden" name="itemId" value={entry.id} />
                            <button type="submit" className="link-button">
                              {t(entry.status === "active" ? "catalogue.retire" : "catalogue.reactivate")}
                              <span className="visually-hidden"> {name}</span>
                            </button>
                          </form>
                        </div>
                      ) : (
                        <span className="muted">{t("catalogue.readOnly")}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination
        label={t("catalogue.pagination")}
        page={query.page}
        pages={pages}
        hrefFor={pageHref}
        previous={t("catalogue.previousPage")}
        next={t("catalogue.nextPage")}
        pageOf={t("catalogue.pageOf", { page: Math.min(query.page, pages), pages })}
      />
    </>
  );
}
