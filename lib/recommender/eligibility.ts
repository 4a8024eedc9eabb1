import { isInstrument, type CatalogueItem, type LocalizedText } from "@/lib/catalogue/item-schema";
import { localeIds } from "@/lib/questionnaire/taxonomy";
import type { FirmProfile } from "./firm-profile";
import { sizeBandNames } from "./names";

/** Why an item is not shown to a firm. */
export type ExclusionCause = "retired" | "country" | "firm-size" | "sector" | "not-yet-open" | "closed" | "condition";

/** A rule the profile cannot settle; the firm sees it as "check eligibility". */
export type UncheckedRule = { rule: "condition" | "firm-size" | "sector"; condition: LocalizedText };

export type EligibilityCheck = { eligible: true; unchecked: UncheckedRule[] } | { eligible: false; cause: ExclusionCause };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function assertIsoDate(value: string, name: string): void {
  if (!isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got "${value}"`);
  }
}

function localized(make: (locale: (typeof localeIds)[number]) => string): LocalizedText {
  return Object.fromEntries(localeIds.map((locale) => [locale, make(locale)])) as LocalizedText;
}

const sizeRuleText = (bands: readonly (keyof typeof sizeBandNames)[]) =>
  localized((locale) =>
    locale === "ms"
      ? `Terbuka kepada syarikat bersaiz: ${bands.map((band) => sizeBandNames[band].ms).join(", ")}.`
      : `Open to firms of these sizes: ${bands.map((band) => sizeBandNames[band].en).join(", ")}.`,
  );

const sectorRuleText = (sectors: readonly string[]) =>
  localized((locale) =>
    locale === "ms" ? `Terbuka kepada sektor ISIC ${sectors.join(", ")}.` : `Open to ISIC sectors ${sectors.join(", ")}.`,
  );

/**
 * Whether a firm may be shown an item, by the item's status and, for instruments, its
 * eligibility rules. A rule the firm fails excludes the item; a rule the profile cannot settle
 * (free-text conditions, or an answer the profile lacks) keeps it, listed in `unchecked`.
 * A national instrument needs the firm's country: without it, only generic and international
 * instruments can be offered. `today` is YYYY-MM-DD; open and close dates are inclusive.
 */
export function checkEligibility(item: CatalogueItem, firm: FirmProfile, today: string): EligibilityCheck {
  if (item.status === "retired") return { eligible: false, cause: "retired" };
  if (!isInstrument(item)) return { eligible: true, unchecked: [] };
  const rules = item.eligibility;
  const unchecked: UncheckedRule[] = [];

  if (rules.countries.length > 0 && (firm.country === undefined || !rules.countries.includes(firm.country))) {
    return { eligible: false, cause: "country" };
  }
  if (rules.opensOn !== undefined && today < rules.opensOn) return { eligible: false, cause: "not-yet-open" };
  if (rules.closesOn !== undefined && today > rules.closesOn) return { eligible: false, cause: "closed" };

  if (rules.firmSizes.length > 0) {
    if (firm.sizeBand === undefined) unchecked.push({ rule: "firm-size", condition: sizeRuleText(rules.firmSizes) });
    else if (!rules.firmSizes.includes(firm.sizeBand)) return { eligible: false, cause: "firm-size" };
  }
  if (rules.sectors.length > 0) {
    if (firm.sector === undefined) unchecked.push({ rule: "sector", condition: sectorRuleText(rules.sectors) });
    else if (!rules.sectors.includes(firm.sector)) return { eligible: false, cause: "sector" };
  }
  for (const condition of rules.conditions) {
    if (condition.kind === "text") {
      unchecked.push({ rule: "condition", condition: condition.text });
      continue;
    }
    const answer = condition.kind === "exports" ? firm.exports : firm.offersServices;
    if (answer === undefined) unchecked.push({ rule: "condition", condition: condition.text });
    else if (answer !== condition.value) return { eligible: false, cause: "condition" };
  }
  return { eligible: true, unchecked };
}
