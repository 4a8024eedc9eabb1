"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useCallback, useEffect, useMemo, useRef, useTransition, type FormEvent } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { idleFormState, type FormActionState, type FormValues } from "@/lib/forms/form-result";
import { createMessageReader, type FormMessages } from "./form-messages";

export type FormAction = (state: FormActionState, formData: FormData) => Promise<FormActionState>;

/**
 * The same zod schema the server action parses with, or a loader of it: `() =>
 * import("./schema").then((m) => m.Schema)` keeps zod out of the page's first load (about 30 KB
 * gzip); the kit fetches it when the person first focuses a field, well before a check needs it.
 */
export type FormSchema = z.ZodType | (() => Promise<z.ZodType>);

type Options = {
  schema: FormSchema;
  action: FormAction;
  messages: FormMessages;
  /** What the fields hold before anything is posted. */
  initialValues?: FormValues;
  /** Clear the fields after a success that stays on the page (e.g. a changed password). */
  resetOnSuccess?: boolean;
  /**
   * Where a post without JavaScript lands (React's useActionState permalink), e.g. the page with
   * `#the-form` so the browser comes back to this form; it also keys the action's answer to this
   * form, so on a page of many forms each needs its own.
   */
  permalink?: string;
};

/** Schema messages are keys; the browser shows them as sentences, like the server does. */
function translateErrors(errors: FieldErrors, read: (message: string) => string): FieldErrors {
  const walk = (node: unknown): unknown => {
    if (!node || typeof node !== "object") return node;
    if (Array.isArray(node)) return node.map(walk);
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = key === "message" && typeof value === "string" ? read(value) : key === "ref" ? value : walk(value);
    return copy;
  };
  return walk(errors) as FieldErrors;
}

function serverErrors(state: FormActionState): FieldErrors | undefined {
  if (!state.fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(state.fieldErrors).map(([name, message]) => [name, { type: "server", message }]));
}

/**
 * A form posted to a server action, checked by react-hook-form with the server's zod schema.
 * Without JavaScript the `<form action>` posts as it is and the page shows the action's answer;
 * with it, fields are checked as the user leaves them, the whole form on submit, and only a valid
 * form is posted, through the same action, inside a transition. The action's field errors join
 * react-hook-form's, so both show at the field and in the summary. Submitting by hand (not as a
 * form action) keeps React from resetting the fields, so what was typed stays after a refusal.
 */
export function useActionForm({ schema, action, messages, initialValues = {}, resetOnSuccess = false, permalink }: Options) {
  const [state, formAction, serverPending] = useActionState(action, idleFormState, permalink);
  const [transitionPending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const readMessage = useMemo(() => createMessageReader(messages), [messages]);
  const loaded = useRef<Promise<Resolver<FormValues>> | null>(null);
  const loadResolver = useCallback(() => {
    loaded.current ??= (typeof schema === "function" ? schema() : Promise.resolve(schema)).then((zodSchema) => zodResolver(zodSchema as never) as unknown as Resolver<FormValues>);
    return loaded.current;
  }, [schema]);
  const resolver = useMemo<Resolver<FormValues>>(() => {
    return async (values, context, options) => {
      const base = await loadResolver();
      const result = await base(values, context, options);
      if (Object.keys(result.errors).length === 0) return result;
      return { values: {}, errors: translateErrors(result.errors, readMessage) };
    };
  }, [loadResolver, readMessage]);
  const errors = useMemo(() => serverErrors(state), [state]);
  const values = state.values ?? initialValues;
  const methods = useForm<FormValues>({ resolver, mode: "onTouched", defaultValues: values, errors, shouldFocusError: false });

  useEffect(() => {
    if (!resetOnSuccess || state.status !== "success") return;
    formRef.current?.reset();
    methods.reset(initialValues);
    // Only a new success resets; initialValues may be a fresh object on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, resetOnSuccess, methods]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    void methods.handleSubmit(() => {
      startTransition(() => formAction(new FormData(form)));
    })(event);
  };

  return {
    methods,
    state,
    values,
    pending: serverPending || transitionPending,
    readMessage,
    formProps: { ref: formRef, action: formAction, onSubmit, onFocus: () => void loadResolver(), noValidate: true },
  };
}

export type ActionFormHandle = ReturnType<typeof useActionForm>;
