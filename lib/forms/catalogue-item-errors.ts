import type { z } from "zod";
import { fieldForIssuePath } from "@/lib/catalogue/item-form";
import type { MessageKey, Translate } from "@/lib/i18n";
import { unstorableTextMessage } from "@/lib/text/user-text";

// CatalogueItemSchema speaks English to developers (the shipped files' test failures); the editor
// speaks to admins and officers in their language. This turns each issue into a message next to
// its field: our own checks by their params.reason, the schema's rules by code and message, and
// anything unforeseen as the schema's own words (still specific, if English).

type Issue = z.core.$ZodIssue;

const customByMessage: Array<[RegExp, (match: RegExpExecArray, t: Translate) => string]> = [
  [/^summary \(\w+\) has (\d+) words; at least (\d+)/, (m, t) => t("catalogue.errors.summaryTooShort", { words: m[1]!, min: m[2]! })],
  [/must not repeat$/, (_m, t) => t("catalogue.errors.duplicate")],
  [/^not a calendar date$/, (_m, t) => t("catalogue.errors.date")],
  [/^valueMax must be above value$/, (_m, t) => t("catalogue.errors.valueMaxAbove")],
  [/^opensOn must not be after closesOn$/, (_m, t) => t("catalogue.errors.closesBeforeOpens")],
  [/^an item cannot be related to itself$/, (_m, t) => t("catalogue.errors.relatedSelf")],
  [/^the figure's dimension/, (_m, t) => t("catalogue.errors.figureDimension")],
  [/^the figure's impact/, (_m, t) => t("catalogue.errors.figureImpact")],
  [/^a case study comes from a source/, (_m, t) => t("catalogue.errors.caseStudySource")],
  [/^a generic instrument type is not tied to countries$/, (_m, t) => t("catalogue.errors.genericNoCountries")],
  [/^a national instrument of (\w+) must be open/, (m, t) => t("catalogue.errors.nationalOpenToOwn", { country: countryName(m[1]!, t) })],
  [/^firm size ".*" is not eligible$/, (_m, t) => t("catalogue.errors.sizeNotEligible")],
  [/^sector .* is not eligible$/, (_m, t) => t("catalogue.errors.sectorNotEligible")],
];

const formatByMessage: Array<[RegExp, MessageKey]> = [
  [/^ids are lower-case slugs/, "catalogue.errors.idFormat"],
  [/^dates are YYYY-MM-DD$/, "catalogue.errors.date"],
  [/^pages are a number or a range/, "catalogue.errors.pagesFormat"],
];

function countryName(code: string, t: Translate): string {
  const name = t(`countries.${code}` as MessageKey);
  return name === `countries.${code}` ? code : name;
}

const reasonMessages: Record<string, MessageKey> = {
  "id-taken": "catalogue.errors.idTaken",
  "programme-unknown": "catalogue.errors.programme",
  "programme-country": "catalogue.errors.programmeCountry",
  "kind-fixed": "catalogue.errors.kindFixed",
};

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

/** One message in the reader's language for one issue of a catalogue item. */
export function describeCatalogueIssue(issue: Issue, t: Translate): string {
  const head = String(issue.path[0] ?? "");
  switch (issue.code) {
    case "custom": {
      const reason = (issue.params as { reason?: unknown } | undefined)?.reason;
      if (reason === "related-unknown") {
        const ids = (issue.params as { ids?: unknown }).ids;
        return t("catalogue.errors.relatedUnknown", { ids: Array.isArray(ids) ? ids.join(", ") : "" });
      }
      if (typeof reason === "string" && reason in reasonMessages) return t(reasonMessages[reason]!);
      if (issue.message === unstorableTextMessage) return t(unstorableTextMessage);
      if (issue.message === "text must not be blank") return t(head === "lessons" ? "catalogue.errors.lessonsPaired" : "catalogue.errors.required");
      for (const [pattern, describe] of customByMessage) {
        const match = pattern.exec(issue.message);
        if (match) return describe(match, t);
      }
      return issue.message;
    }
    case "invalid_type":
      if (isBlank(issue.input)) return t(head === "lessons" ? "catalogue.errors.lessonsPaired" : "catalogue.errors.required");
      if (head === "year") return t("catalogue.errors.yearRange");
      return issue.expected === "number" ? t("catalogue.errors.number") : t("catalogue.errors.invalid");
    case "invalid_value":
    case "invalid_union":
      return t("catalogue.errors.chooseOption");
    case "too_small":
      if (issue.origin === "array") return t(head === "lessons" ? "catalogue.errors.lessonsRequired" : "catalogue.errors.chooseAtLeastOne");
      if (head === "year") return t("catalogue.errors.yearRange");
      if (issue.origin === "string") return t("catalogue.errors.required");
      return t("catalogue.errors.tooSmall", { minimum: String(issue.minimum) });
    case "too_big":
      if (head === "year") return t("catalogue.errors.yearRange");
      if (issue.origin === "string") return t("catalogue.errors.tooLong", { maximum: String(issue.maximum) });
      return t("catalogue.errors.tooBig", { maximum: String(issue.maximum) });
    case "invalid_format": {
      for (const [pattern, key] of formatByMessage) if (pattern.test(issue.message)) return t(key);
      return t("catalogue.errors.invalid");
    }
    case "unrecognized_keys":
      return t("catalogue.errors.invalid");
    default:
      return issue.message;
  }
}

/** The first message for each form field with a problem, keyed by the field's name (see fieldForIssuePath). */
export function describeCatalogueIssues(issues: readonly Issue[], t: Translate): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldForIssuePath(issue.path);
    messages[field] ??= describeCatalogueIssue(issue, t);
  }
  return messages;
}
