"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useFormContext } from "react-hook-form";
import type { AnswerSet } from "@/lib/questionnaire/answer-set";
import type { AnswerConflict } from "@/lib/questionnaire/conflicts";
import { rawFormValue, toFormValue, checkFieldValue } from "@/lib/questionnaire/field-rules";
import { parseFieldValue } from "@/lib/questionnaire/page-fields";
import { mergeWithStored, resumeFromQueue } from "@/lib/questionnaire/autosave/merge";
import { acknowledgeSave, changesToSend, dropChanges, queueChange, toPatch } from "@/lib/questionnaire/autosave/patch";
import { readPending, writePending, type KeyValueStorage } from "@/lib/questionnaire/autosave/queue";
import { rebaseOnTheirs, resolveConflict } from "@/lib/questionnaire/autosave/rebase";
import { emptyAutosaveState, type AutosaveState, type FieldValues } from "@/lib/questionnaire/autosave/state";
import type { AnswerValue } from "@/lib/questionnaire/answer-fields";
import { usePageFields } from "./page-fields-context";

export type AutosaveStatus = "idle" | "saving" | "saved" | "offline" | "failed" | "invalid" | "locked" | "conflict" | "not-assigned";

type SaveAnswer = { version?: number; answers?: AnswerSet; changedBy?: Record<string, string>; error?: string; refused?: { field: string; message: string }[]; problems?: { field: string; message: string }[] };

const saveDelayMs = 800;

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Autosave over the page's react-hook-form: every valid change is saved within a second (an
 * invalid field never holds the others back), queued in the browser while offline, and a save
 * based on an outdated copy shows which answers someone else changed so the person chooses.
 * The protocol itself (queue, cross-tab merge, rebase, patch) is lib/questionnaire/autosave.
 */
export function useAutosave(assessmentId: string, formId: string) {
  const fields = usePageFields();
  const { subscribe, setValue, setError, clearErrors, getFieldState } = useFormContext();
  const [status, setStatus] = useState<AutosaveStatus>("idle");
  const [conflicts, setConflicts] = useState<AnswerConflict[]>([]);
  const state = useRef<AutosaveState>(emptyAutosaveState());
  const inFlight = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  /** Stores the queue, merged with what other tabs queued; `removed` left the queue here. */
  const persist = useCallback(
    (removed: FieldValues = {}) => {
      const storage = browserStorage();
      writePending(storage, assessmentId, mergeWithStored(readPending(storage, assessmentId), state.current, removed));
    },
    [assessmentId],
  );

  /** Shows a saved value in a control of this page, without queuing it as the person's change. */
  const show = useCallback(
    (field: string, value: AnswerValue | null) => {
      const rule = fields.get(field);
      if (rule) setValue(field, toFormValue(rule.kind, value));
    },
    [fields, setValue],
  );

  /** The form post tells the server which version and values the page's changes are based on. */
  const syncHiddenInputs = useCallback(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    const version = form?.elements.namedItem("baseVersion") as HTMLInputElement | null;
    const base = form?.elements.namedItem("baseAnswers") as HTMLInputElement | null;
    if (version) version.value = String(state.current.baseVersion);
    if (base) base.value = JSON.stringify(Object.fromEntries([...fields.keys()].map((f) => [f, state.current.base[f] ?? null])));
  }, [fields, formId]);

  const showConflicts = useCallback((found: AnswerConflict[]) => {
    setConflicts(found);
    setStatus(found.length > 0 ? "conflict" : "idle");
  }, []);

  /** One save attempt; true when it rebased onto newer answers without conflicts and should be sent again. */
  const sendOnce = useCallback(async (): Promise<boolean> => {
    const sending = changesToSend(state.current);
    if (inFlight.current || Object.keys(sending).length === 0) return false;
    if (!navigator.onLine) {
      setStatus("offline");
      return false;
    }
    let rebased = false;
    inFlight.current = true;
    setStatus("saving");
    try {
      const response = await fetch(`/api/assessments/${assessmentId}/answers`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseVersion: state.current.baseVersion, patch: toPatch(sending) }),
      });
      const body = (await response.json().catch(() => ({}))) as SaveAnswer;
      if (response.ok && typeof body.version === "number") {
        const refused = new Map((body.refused ?? []).map((r) => [r.field, r.message]));
        state.current = acknowledgeSave(state.current, sending, body.version, new Set(refused.keys()));
        for (const field of Object.keys(sending)) {
          const message = refused.get(field);
          if (message) setError(field, { type: "server", message });
        }
        persist(sending);
        syncHiddenInputs();
        setStatus(refused.size > 0 ? "invalid" : Object.keys(state.current.changes).length > 0 ? "saving" : "saved");
      } else if (response.status === 409 && body.error === "stale" && body.answers && typeof body.version === "number") {
        const result = rebaseOnTheirs(state.current, sending, body.version, body.answers, [...fields.keys()], body.changedBy);
        state.current = result.state;
        for (const [field, value] of Object.entries(result.refresh)) show(field, value);
        persist();
        syncHiddenInputs();
        if (result.found.length > 0) showConflicts(result.state.unresolved);
        else rebased = true;
      } else if (response.status === 409) {
        writePending(browserStorage(), assessmentId, null);
        setStatus("locked");
      } else if (response.status === 403 && body.error === "not_assigned") {
        // The section is not (or no longer) assigned to this contributor: resending cannot help.
        writePending(browserStorage(), assessmentId, null);
        setStatus("not-assigned");
      } else if (response.status === 422) {
        // Nothing in this patch could be saved: say why at each field, and do not resend it unchanged.
        for (const { field, message } of body.problems ?? []) setError(field, { type: "server", message });
        state.current = acknowledgeSave(state.current, sending, null, new Set(Object.keys(sending)));
        persist(sending);
        setStatus("invalid");
      } else {
        setStatus("failed");
      }
    } catch {
      setStatus(navigator.onLine ? "failed" : "offline");
    } finally {
      inFlight.current = false;
    }
    return rebased;
  }, [assessmentId, fields, persist, setError, show, showConflicts, syncHiddenInputs]);

  const flush = useCallback(async (): Promise<void> => {
    // Bounded: each rebase means someone else saved meanwhile; a few rounds settle it.
    for (let round = 0; round < 3 && (await sendOnce()); round += 1);
  }, [sendOnce]);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), saveDelayMs);
  }, [flush]);

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    const hidden = (name: string) => (form?.elements.namedItem(name) as HTMLInputElement | null)?.value;
    const rendered = emptyAutosaveState(Number(hidden("baseVersion") ?? 0), JSON.parse(hidden("baseAnswers") ?? "{}") as FieldValues);
    const queued = readPending(browserStorage(), assessmentId);
    state.current = resumeFromQueue(rendered, queued);
    if (queued) {
      // Answers typed earlier (perhaps offline, perhaps on another page) are shown and sent first.
      for (const [field, value] of Object.entries(queued.changes)) show(field, value);
      syncHiddenInputs();
      // Deferred: state updates belong after this effect, not inside it.
      if (queued.unresolved.length > 0) window.setTimeout(() => showConflicts(queued.unresolved), 0);
      schedule();
    }

    // The person's own changes only ("change" events): values the island shows are not queued again.
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: ({ name, type, values }) => {
        const rule = name ? fields.get(name) : undefined;
        if (type !== "change" || !rule) return;
        const raw = rawFormValue(rule.field.split(".").reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], values));
        if (getFieldState(rule.field).error?.type === "server") clearErrors(rule.field);
        const parsed = parseFieldValue(rule.kind, raw);
        if (checkFieldValue(rule, raw) !== null || parsed.kind === "invalid") {
          // An earlier, valid value of this field must not be saved in place of what is on screen now.
          const { state: next, dropped } = dropChanges(state.current, [rule.field]);
          state.current = next;
          persist(dropped);
          return;
        }
        if (parsed.kind !== "set") return;
        state.current = queueChange(state.current, rule.field, parsed.value);
        persist();
        schedule();
      },
    });
    // The form post carries this page's answers itself; queued copies of them would only be resent.
    const onSubmit = () => {
      for (const field of fields.keys()) if (getFieldState(field).error?.type === "server") clearErrors(field);
      if (!navigator.onLine) return; // the post will fail; the queue keeps the answers
      const { state: next, dropped } = dropChanges(state.current, fields.keys());
      state.current = { ...next, unresolved: next.unresolved.filter((c) => !fields.has(c.field)) };
      window.clearTimeout(timer.current);
      persist(dropped);
    };
    const onOnline = () => void flush();
    const onOffline = () => setStatus((current) => (Object.keys(state.current.changes).length > 0 || current === "saving" ? "offline" : current));
    form?.addEventListener("submit", onSubmit);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    return () => {
      unsubscribe();
      form?.removeEventListener("submit", onSubmit);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      window.clearTimeout(timer.current);
    };
  }, [assessmentId, formId, fields, subscribe, clearErrors, getFieldState, flush, persist, schedule, show, showConflicts, syncHiddenInputs]);

  const resolve = (conflict: AnswerConflict, keep: "mine" | "theirs") => {
    const { state: next, removed } = resolveConflict(state.current, conflict, keep);
    state.current = next;
    if (keep === "theirs") show(conflict.field, conflict.theirs);
    const remaining = conflicts.filter((c) => c.field !== conflict.field);
    setConflicts(remaining);
    persist(removed);
    if (remaining.length === 0) {
      setStatus("idle");
      void flush();
    }
  };

  return { status, conflicts, resolve, retry: () => void flush() };
}
