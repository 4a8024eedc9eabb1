import type { z } from "zod";
import { parseMessageRef } from "@/lib/forms/message-ref";
import type { MessageKey, Translate } from "@/lib/i18n";
import { fieldForIssuePath } from "./item-form";

// The problems a catalogue write found (the schema's, as message keys, and the database's own
// checks, by params.reason), one message per form field in the reader's language.

const reasonMessages: Record<string, MessageKey> = {
  "id-taken": "catalogue.errors.idTaken",
  "programme-unknown": "catalogue.errors.programme",
  "programme-country": "catalogue.errors.programmeCountry",
  "kind-fixed": "catalogue.errors.kindFixed",
};

function describe(issue: z.core.$ZodIssue, t: Translate): string {
  const params = (issue.code === "custom" ? issue.params : undefined) as { reason?: unknown; ids?: unknown } | undefined;
  if (params?.reason === "related-unknown") return t("catalogue.errors.relatedUnknown", { ids: Array.isArray(params.ids) ? params.ids.join(", ") : "" });
  if (typeof params?.reason === "string" && params.reason in reasonMessages) return t(reasonMessages[params.reason]!);
  const { key, values } = parseMessageRef(issue.message);
  const text = t(key as MessageKey, values);
  // Not one of our keys (a zod default): still a sentence in the reader's language.
  return text === key ? t("catalogue.errors.invalid") : text;
}

/** The first message for each form field with a problem, keyed by the field's name (see fieldForIssuePath). */
export function catalogueIssueMessages(issues: readonly z.core.$ZodIssue[], t: Translate): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of issues) messages[fieldForIssuePath(issue.path)] ??= describe(issue, t);
  return messages;
}
