import type { FormMessages } from "@/components/forms/form-messages";
import type { FormAction } from "@/components/forms/use-action-form";
import type { Option } from "@/components/forms/kit-fields";
import type { Locale, MessageKey, Translate } from "@/lib/i18n";
import type { Formats } from "@/lib/i18n/format";
import { defaultCurrencyFor } from "@/lib/plan/currency";
import { instrumentChoices } from "@/lib/plan/instrument-choices";
import { planActionStatuses, sortPlanActions, type PlanAction } from "@/lib/plan/plan-action";
import { planPath } from "@/lib/plan/plan-path";
import { suggestActions } from "@/lib/plan/suggested-actions";
import type { PlanPageData } from "@/lib/server/plan/load-plan";
import { PlanActionForm, type PlanActionFormLabels } from "./plan-action-form";
import { PlanButtonForm } from "./plan-button-form";

/** The plan page's server actions (app/(sme)/firms/[firmId]/plan/actions.ts). */
export type PlanFormActions = { add: FormAction; addSuggestion: FormAction; update: FormAction; status: FormAction; remove: FormAction };

type Props = {
  dimensionId: string;
  formActions: PlanFormActions;
  name: string;
  focus: boolean;
  firm: { id: string; country: string };
  data: PlanPageData;
  messages: FormMessages;
  locale: Locale;
  t: Translate;
  formats: Formats;
  /** Asked for in the address: its add form opens when it has no actions and no suggestions. */
  opened: boolean;
};

function formLabels(t: Translate, mode: "add" | "edit"): PlanActionFormLabels {
  return {
    heading: t(mode === "add" ? "plan.form.addTitle" : "plan.form.editTitle"),
    title: t("plan.form.title"),
    titleHint: t("plan.form.titleHint"),
    owner: t("plan.form.owner"),
    ownerNone: t("plan.form.ownerNone"),
    startsOn: t("plan.form.startsOn"),
    dueOn: t("plan.form.dueOn"),
    estimatedCost: t("plan.form.estimatedCost"),
    costHint: t("plan.form.costHint"),
    currency: t("plan.form.currency"),
    currencyHint: t("plan.form.currencyHint"),
    instrument: t("plan.form.instrument"),
    instrumentNone: t("plan.form.instrumentNone"),
    status: t("plan.form.status"),
    notes: t("plan.form.notes"),
    submit: t(mode === "add" ? "plan.form.add" : "plan.form.save"),
    submitting: t(mode === "add" ? "plan.form.adding" : "plan.form.saving"),
    summaryTitle: t("plan.form.summaryTitle"),
  };
}

/** One dimension of the plan: its actions (each with a quick status change, edit and removal), suggestions, and an add form. */
export function PlanDimension({ dimensionId, formActions, name, focus, firm, data, messages, locale, t, formats, opened }: Props) {
  const actions = sortPlanActions(data.actions.filter((action) => action.dimensionId === dimensionId));
  const catalogueById = new Map(data.catalogue.map((item) => [item.id, item] as const));
  const recommendations = data.recommendations;
  const suggestions = recommendations
    ? suggestActions({
        dimensionId,
        caseStudies: recommendations.caseStudies,
        instruments: recommendations.instruments,
        existing: data.actions,
        locale,
        phrases: {
          fromCase: (source, lesson) => t("plan.suggest.fromCase", { name: source, lesson }),
          fromInstrument: (source) => t("plan.suggest.fromInstrument", { name: source }),
          instrumentNotes: (source, approach) => t("plan.suggest.instrumentNotes", { name: source, approach }),
        },
      })
    : [];
  const choices = instrumentChoices({
    dimensionId,
    recommended: recommendations?.instruments ?? [],
    catalogue: data.catalogue,
    country: firm.country,
    locale,
    collator: new Intl.Collator(locale),
  });
  const instrumentOptions: Option[] = choices.map((choice) => ({ value: choice.id, label: choice.recommended ? t("plan.form.instrumentRecommended", { name: choice.name }) : choice.name }));
  const owners: Option[] = data.members.map((member) => ({ value: member.id, label: member.name }));
  const statuses: Option[] = planActionStatuses.map((status) => ({ value: status, label: t(`plan.statuses.${status}`) }));
  const page = planPath(firm.id);
  const anchor = `dimension-${dimensionId}`;

  const instrumentLabel = (action: PlanAction) => {
    if (!action.instrumentId) return t("plan.action.noInstrument");
    const item = catalogueById.get(action.instrumentId);
    const label = item?.name[locale] ?? action.instrumentId;
    const website = item && item.kind !== "case-study" ? item.howToApply?.website : undefined;
    return website ? (
      <a href={website} rel="noopener noreferrer">
        {label}
      </a>
    ) : (
      label
    );
  };
  const when = (action: PlanAction) =>
    action.startsOn && action.dueOn
      ? t("plan.action.dateRange", { start: formats.day(action.startsOn), due: formats.day(action.dueOn) })
      : action.dueOn
        ? t("plan.action.dueOn", { due: formats.day(action.dueOn) })
        : action.startsOn
          ? t("plan.action.startsOn", { start: formats.day(action.startsOn) })
          : t("plan.action.noDates");

  return (
    <section id={anchor} aria-labelledby={`${anchor}-heading`} className="plan-dimension" data-dimension={dimensionId}>
      <h2 id={`${anchor}-heading`}>
        {name}
        {focus ? <span className="tag plan-dimension__focus">{t("plan.focusTag")}</span> : null}
      </h2>
      <p className="plan-dimension__count">{actions.length === 0 ? t("plan.noActions") : t("plan.dimensionActions", { count: actions.length })}</p>
      {actions.length > 0 ? (
        <ol className="plan-actions">
          {actions.map((action) => {
            const prefix = `action-${action.id}-`;
            const target = { firmId: firm.id, dimensionId, actionId: action.id, version: String(action.version) };
            const instrumentList =
              action.instrumentId && !choices.some((choice) => choice.id === action.instrumentId)
                ? [...instrumentOptions, { value: action.instrumentId, label: catalogueById.get(action.instrumentId)?.name[locale] ?? action.instrumentId }]
                : instrumentOptions;
            return (
              <li key={action.id} id={`action-${action.id}`} className="plan-action" data-status={action.status}>
                <h3 className="plan-action__title">
                  {action.title} <span className={`tag plan-status plan-status--${action.status}`}>{t(`plan.statuses.${action.status}` as MessageKey)}</span>
                </h3>
                <dl className="plan-action__facts">
                  <div>
                    <dt>{t("plan.action.owner")}</dt>
                    <dd>{action.ownerName ?? t("plan.action.noOwner")}</dd>
                  </div>
                  <div>
                    <dt>{t("plan.action.dates")}</dt>
                    <dd>{when(action)}</dd>
                  </div>
                  <div>
                    <dt>{t("plan.action.cost")}</dt>
                    <dd>{action.estimatedCost === null ? t("plan.action.noCost") : `${action.currency ?? ""} ${formats.number(action.estimatedCost, 0)}`.trim()}</dd>
                  </div>
                  <div>
                    <dt>{t("plan.action.instrument")}</dt>
                    <dd>{instrumentLabel(action)}</dd>
                  </div>
                </dl>
                {action.status === "done" && action.completedAt ? <p className="plan-action__done">{t("plan.action.completedOn", { date: formats.date(action.completedAt) })}</p> : null}
                {action.notes ? <p className="plan-action__notes">{action.notes}</p> : null}
                <div className="plan-action__controls">
                  <PlanButtonForm
                    kind="status"
                    action={formActions.status}
                    messages={messages}
                    values={{ ...target, status: action.status }}
                    permalink={`${page}?form=status-${action.id}#action-${action.id}`}
                    idPrefix={`${prefix}status-`}
                    status={{ label: t("plan.form.statusLabel", { title: action.title }), options: statuses }}
                    submit={{ label: t("plan.form.statusSave"), pending: t("plan.form.statusSaving"), className: "button button--secondary" }}
                    summaryTitle={t("plan.form.summaryTitle")}
                  />
                  <PlanButtonForm
                    kind="remove"
                    action={formActions.remove}
                    messages={messages}
                    values={target}
                    permalink={`${page}?form=remove-${action.id}#action-${action.id}`}
                    idPrefix={`${prefix}remove-`}
                    submit={{ label: t("plan.form.remove"), pending: t("plan.form.removing"), ariaLabel: t("plan.form.removeLabel", { title: action.title }), className: "button button--warning" }}
                    summaryTitle={t("plan.form.summaryTitle")}
                  />
                </div>
                <PlanActionForm
                  mode="edit"
                  action={formActions.update}
                  messages={messages}
                  labels={formLabels(t, "edit")}
                  owners={owners}
                  instruments={instrumentList}
                  statuses={statuses}
                  initialValues={{
                    ...target,
                    title: action.title,
                    notes: action.notes ?? "",
                    ownerUserId: action.ownerUserId ?? "",
                    startsOn: action.startsOn ?? "",
                    dueOn: action.dueOn ?? "",
                    estimatedCost: action.estimatedCost === null ? "" : String(action.estimatedCost),
                    currency: action.currency ?? defaultCurrencyFor(firm.country),
                    instrumentId: action.instrumentId ?? "",
                    status: action.status,
                  }}
                  permalink={`${page}#${prefix}edit-form`}
                  idPrefix={`${prefix}edit-`}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      {recommendations ? (
        <section aria-labelledby={`${anchor}-suggest`} className="plan-suggestions">
          <h3 id={`${anchor}-suggest`}>{t("plan.suggest.title")}</h3>
          {suggestions.length === 0 ? (
            <p>{t("plan.suggest.none")}</p>
          ) : (
            <>
              <p className="hint">{t("plan.suggest.lead")}</p>
              <ul className="plan-suggestions__list">
                {suggestions.map((suggestion) => {
                  const source = catalogueById.get(suggestion.suggestedFrom);
                  const sourceName = source?.name[locale] ?? suggestion.suggestedFrom;
                  return (
                    <li key={suggestion.suggestedFrom} id={`suggest-${dimensionId}-${suggestion.suggestedFrom}`} className="plan-suggestion" data-item={suggestion.suggestedFrom}>
                      <p className="plan-suggestion__title">{suggestion.title}</p>
                      <p className="hint">{t(suggestion.instrumentId ? "plan.suggest.sourceInstrument" : "plan.suggest.sourceCase", { name: sourceName })}</p>
                      <PlanButtonForm
                        kind="suggestion"
                        action={formActions.addSuggestion}
                        messages={messages}
                        values={{
                          firmId: firm.id,
                          dimensionId,
                          title: suggestion.title,
                          notes: suggestion.notes,
                          instrumentId: suggestion.instrumentId ?? "",
                          suggestedFrom: suggestion.suggestedFrom,
                          status: "planned",
                        }}
                        permalink={`${page}#suggest-${dimensionId}-${suggestion.suggestedFrom}`}
                        idPrefix={`suggest-${dimensionId}-${suggestion.suggestedFrom}-`}
                        submit={{ label: t("plan.suggest.add"), pending: t("plan.suggest.adding"), ariaLabel: t("plan.suggest.addLabel", { title: suggestion.title }), className: "button button--secondary" }}
                        summaryTitle={t("plan.form.summaryTitle")}
                      />
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      ) : null}
      <PlanActionForm
        mode="add"
        action={formActions.add}
        messages={messages}
        labels={formLabels(t, "add")}
        owners={owners}
        instruments={instrumentOptions}
        statuses={statuses}
        initialValues={{ firmId: firm.id, dimensionId, currency: defaultCurrencyFor(firm.country), status: "planned" }}
        permalink={`${page}#add-${dimensionId}-form`}
        idPrefix={`add-${dimensionId}-`}
        open={opened && actions.length === 0 && suggestions.length === 0}
      />
    </section>
  );
}
