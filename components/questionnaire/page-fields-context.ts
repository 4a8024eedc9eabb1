"use client";

import { createContext, useContext } from "react";
import { useFormContext, useFormState } from "react-hook-form";
import type { AnswerProblemCode } from "@/lib/questionnaire/validate-answer-set";
import { checkFieldValue, rawFormValue, type FieldRule } from "@/lib/questionnaire/field-rules";
import { useRefusedField } from "./page-form-state";

/** A page field as the browser needs it: its limits, its name in the reader's language, and the message per broken rule. */
export type ClientField = FieldRule & { label: string; messages: Partial<Record<AnswerProblemCode, string>> };

export const PageFieldsContext = createContext<ReadonlyMap<string, ClientField>>(new Map());

export function usePageFields(): ReadonlyMap<string, ClientField> {
  return useContext(PageFieldsContext);
}

/** The message for the rule a control's value breaks, or true: react-hook-form's `validate`, from the questionnaire's own limits. */
export function validateField(rule: ClientField | undefined, value: unknown): string | true {
  if (!rule) return true;
  const code = checkFieldValue(rule, rawFormValue(value));
  return code ? (rule.messages[code] ?? code) : true;
}

/**
 * One question's wiring to the page's react-hook-form: its registration (rules checked as the
 * person leaves the field, then as they type) and the error to show. An error from the last page
 * post shows until the answer is changed; after that the browser's check and autosave decide.
 */
export function useQuestionField(field: string) {
  const rule = usePageFields().get(field);
  const { register, getFieldState } = useFormContext();
  const formState = useFormState({ name: field });
  const refused = useRefusedField(field);
  const { error, isDirty } = getFieldState(field, formState);
  const registration = register(field, { validate: (value) => validateField(rule, value) });
  const message = (error?.message as string | undefined) ?? (isDirty ? undefined : refused.error);
  return { registration, error: message, typed: refused.typed, rule };
}

