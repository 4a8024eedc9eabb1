"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerPatch } from "@/lib/questionnaire/answer-set";
import { answerSetFromFields, fieldDomId, type AnswerValue } from "@/lib/questionnaire/answer-fields";
import { findConflicts, type AnswerConflict } from "@/lib/questionnaire/conflicts";
import { parseFieldValue, type PageField } from "@/lib/questionnaire/page-fields";

export type AutosaveLabels = {
  saved: string;
  saving: string;
  offline: string;
  failed: string;
  retry: string;
  invalid: string;
  locked: string;
  conflictTitle: string;
  conflictLead: string;
  yours: string;
  theirs: string;
  keepMine: string;
  useTheirs: string;
  empty: string;
  /** At a field whose text cannot be read as an answer (e.g. letters for a number). */
  unreadable: string;
};

/** A field the server left out of a save, with the rule it broke in the reader's language. */
type RefusedField = { field: string; message: string };

type FieldValues = Record<string, AnswerValue | null>;
/** What is waiting to be saved; kept in localStorage so it survives closing the page offline. */
type PendingSave = { baseVersion: number; base: FieldValues; changes: FieldValues; unresolved?: AnswerConflict[] };
/** A conflict with its texts resolved from the form when it was found (render never reads the DOM). */
type ShownConflict = AnswerConflict & { label: string; mineText: string; theirsText: string };
type Status = "idle" | "saving" | "saved" | "offline" | "failed" | "invalid" | "locked" | "conflict";

const saveDelayMs = 800;
const storageKey = (assessmentId: string) => `adp:pending-answers:${assessmentId}`;

function readPending(assessmentId: string): PendingSave | null {
  try {
    const raw = window.localStorage.getItem(storageKey(assessmentId));
    return raw ? (JSON.parse(raw) as PendingSave) : null;
  } catch {
    return null;
  }
}

function writePending(assessmentId: string, pending: PendingSave | null): void {
  try {
    if (pending && (Object.keys(pending.changes).length > 0 || (pending.unresolved?.length ?? 0) > 0)) window.localStorage.setItem(storageKey(assessmentId), JSON.stringify(pending));
    else window.localStorage.removeItem(storageKey(assessmentId));
  } catch {
    // Storage full or blocked: saving still works online, only the offline queue is lost.
  }
}

function toPatch(changes: FieldValues): AnswerPatch {
  const patch: Record<string, Record<string, AnswerValue | null>> = {};
  for (const [field, value] of Object.entries(changes)) {
    const dot = field.indexOf(".");
    (patch[field.slice(0, dot)] ??= {})[field.slice(dot + 1)] = value;
  }
  return patch as AnswerPatch;
}

function readControl(form: HTMLFormElement, field: string): string[] {
  return Array.from(form.elements)
    .filter((el): el is HTMLInputElement => "name" in el && (el as HTMLInputElement).name === field)
    .filter((el) => (el.type === "radio" || el.type === "checkbox" ? el.checked : true))
    .map((el) => el.value);
}

function writeControl(form: HTMLFormElement, field: string, value: AnswerValue | null): void {
  const values = value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  for (const el of Array.from(form.elements) as HTMLInputElement[]) {
    if (el.name !== field) continue;
    if (el.type === "radio" || el.type === "checkbox") el.checked = values.includes(el.value);
    else el.value = values[0] ?? "";
  }
}

/** The visible text of an answer, read from the form's own labels so it is in the page's language. */
function describeValue(form: HTMLFormElement | null, field: string, value: AnswerValue | null, empty: string): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return empty;
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  const labels = values.map((v) => {
    const input = form?.querySelector<HTMLInputElement>(`[name="${CSS.escape(field)}"][value="${CSS.escape(v)}"]`);
    const option = form?.querySelector<HTMLOptionElement>(`select[name="${CSS.escape(field)}"] option[value="${CSS.escape(v)}"]`);
    const label = input?.closest("label");
    return (label?.querySelector(".level-option__label")?.textContent ?? label?.querySelector("span")?.textContent ?? option?.textContent ?? v).trim();
  });
  return labels.join(", ");
}

function fieldLabel(form: HTMLFormElement | null, field: string): string {
  const wrapper = form?.querySelector(`[data-field="${CSS.escape(field)}"]`);
  return (wrapper?.querySelector("legend, label, summary")?.textContent ?? field).trim();
}

/**
 * Shows (or, with null, clears) an autosave error at its field, wired like the server-rendered
 * ones (class, aria-invalid, aria-describedby). The island adds its own message element and only
 * hides a server-rendered one: React owns those nodes and must find them where it left them.
 */
function markField(form: HTMLFormElement | null, field: string, message: string | null): void {
  const wrapper = form?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  if (!wrapper) return;
  const id = fieldDomId(field);
  const errorId = `${id}-autosave-error`;
  const described = document.getElementById(id);
  wrapper.querySelector(`#${CSS.escape(id)}-error`)?.setAttribute("hidden", "");
  const serverErrorId = `${id}-error`;
  const tokens = (described?.getAttribute("aria-describedby") ?? "").split(" ").filter((token) => token && token !== errorId && token !== serverErrorId);
  let shown = document.getElementById(errorId);
  if (message === null) {
    shown?.remove();
    wrapper.classList.remove("field--error");
    described?.removeAttribute("aria-invalid");
  } else {
    if (!shown) {
      shown = document.createElement("p");
      shown.className = "field-error";
      shown.id = errorId;
      const anchor = wrapper.querySelector(".choices, .level-options, input:not([type=radio]):not([type=checkbox]), select, textarea");
      if (anchor?.parentElement) anchor.parentElement.insertBefore(shown, anchor);
      else wrapper.append(shown);
    }
    const hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = "Error: ";
    shown.replaceChildren(hidden, message);
    wrapper.classList.add("field--error");
    if (described && described.tagName !== "FIELDSET") described.setAttribute("aria-invalid", "true");
    tokens.push(errorId);
  }
  if (tokens.length > 0) described?.setAttribute("aria-describedby", tokens.join(" "));
  else described?.removeAttribute("aria-describedby");
}

/**
 * Takes back what markField did, before the form is posted: the page save's answer then decides
 * which errors show, and a server-rendered one the island hid is shown again.
 */
function unmarkField(form: HTMLFormElement | null, field: string): void {
  const wrapper = form?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  if (!wrapper) return;
  const id = fieldDomId(field);
  const described = document.getElementById(id);
  document.getElementById(`${id}-autosave-error`)?.remove();
  const serverError = document.getElementById(`${id}-error`);
  serverError?.removeAttribute("hidden");
  const tokens = (described?.getAttribute("aria-describedby") ?? "").split(" ").filter((token) => token && token !== `${id}-autosave-error`);
  if (serverError && !tokens.includes(serverError.id)) tokens.push(serverError.id);
  if (tokens.length > 0) described?.setAttribute("aria-describedby", tokens.join(" "));
  else described?.removeAttribute("aria-describedby");
  wrapper.classList.toggle("field--error", Boolean(serverError));
  if (described && described.tagName !== "FIELDSET") {
    if (serverError) described.setAttribute("aria-invalid", "true");
    else described.removeAttribute("aria-invalid");
  }
}

/**
 * Autosave for a server-rendered questionnaire form: every change is saved within a second,
 * queued in the browser while offline, and a save based on an outdated copy shows which answers
 * someone else changed so the person chooses. Without JavaScript the form still posts normally.
 */
export function AutosaveIsland({ assessmentId, formId, labels }: { assessmentId: string; formId?: string; labels: AutosaveLabels }) {
  const [status, setStatus] = useState<Status>("idle");
  const [conflicts, setConflicts] = useState<ShownConflict[]>([]);
  const formRef = useRef<HTMLFormElement | null>(null);
  const fieldsRef = useRef<Map<string, PageField>>(new Map());
  const state = useRef<{
    baseVersion: number;
    base: FieldValues;
    changes: FieldValues;
    /** Conflicts waiting for the person's choice: never sent, kept across reloads. */
    unresolved: AnswerConflict[];
    inFlight: boolean;
    timer?: number;
  }>({ baseVersion: 0, base: {}, changes: {}, unresolved: [], inFlight: false });

  /**
   * Writes the queue to localStorage, merged per field with what other tabs of this assessment
   * queued (one key for all tabs: the last writer must not drop the others' answers). `removed`
   * are the fields this tab saved or gave up, with the value it saved, so only those go.
   */
  const persist = useCallback(
    (removed: FieldValues = {}) => {
      const s = state.current;
      const stored = readPending(assessmentId);
      const changes: FieldValues = {};
      for (const [field, value] of Object.entries(stored?.changes ?? {})) {
        if (field in removed && JSON.stringify(removed[field]) === JSON.stringify(value)) continue;
        changes[field] = value;
      }
      Object.assign(changes, s.changes);
      writePending(assessmentId, { baseVersion: s.baseVersion, base: { ...stored?.base, ...s.base }, changes, unresolved: s.unresolved });
    },
    [assessmentId],
  );

  const showConflicts = useCallback(
    (found: AnswerConflict[]) => {
      const form = formRef.current;
      setConflicts(
        found.map((c) => ({
          ...c,
          label: fieldLabel(form, c.field),
          mineText: describeValue(form, c.field, c.mine, labels.empty),
          theirsText: describeValue(form, c.field, c.theirs, labels.empty),
        })),
      );
      setStatus(found.length > 0 ? "conflict" : "idle");
    },
    [labels.empty],
  );

  const syncHiddenInputs = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const version = form.elements.namedItem("baseVersion") as HTMLInputElement | null;
    const base = form.elements.namedItem("baseAnswers") as HTMLInputElement | null;
    if (version) version.value = String(state.current.baseVersion);
    if (base) {
      const pageFields = Object.keys(JSON.parse(base.value || "{}") as FieldValues);
      base.value = JSON.stringify(Object.fromEntries(pageFields.map((f) => [f, state.current.base[f] ?? null])));
    }
  }, []);

  /** One save attempt; true when it rebased onto newer answers without conflicts and should be sent again. */
  const sendOnce = useCallback(async (): Promise<boolean> => {
    const s = state.current;
    const waiting = new Set(s.unresolved.map((c) => c.field));
    const sending = Object.fromEntries(Object.entries(s.changes).filter(([field]) => !waiting.has(field)));
    if (s.inFlight || Object.keys(sending).length === 0) return false;
    if (!navigator.onLine) {
      setStatus("offline");
      return false;
    }
    let rebased = false;
    s.inFlight = true;
    setStatus("saving");
    try {
      const response = await fetch(`/api/assessments/${assessmentId}/answers`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ baseVersion: s.baseVersion, patch: toPatch(sending) }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        version?: number;
        answers?: Parameters<typeof findConflicts>[2];
        error?: string;
        refused?: RefusedField[];
        problems?: RefusedField[];
      };
      if (response.ok && typeof body.version === "number") {
        s.baseVersion = body.version;
        const refused = new Map((body.refused ?? []).map((r) => [r.field, r.message]));
        for (const [field, value] of Object.entries(sending)) {
          // A refused answer stays as typed in the form, with its error, but is not sent again until changed.
          if (!refused.has(field)) s.base[field] = value;
          markField(formRef.current, field, refused.get(field) ?? null);
          // A change made while this save was in flight stays queued.
          if (JSON.stringify(s.changes[field]) === JSON.stringify(value)) delete s.changes[field];
        }
        persist(sending);
        syncHiddenInputs();
        setStatus(refused.size > 0 ? "invalid" : Object.keys(s.changes).length > 0 ? "saving" : "saved");
      } else if (response.status === 409 && body.error === "stale" && body.answers && typeof body.version === "number") {
        const theirs = body.answers;
        const found = findConflicts(answerSetFromFields(s.base), toPatch(sending), theirs);
        // Rebase: the newer saved answers become the base; changes that do not clash go through.
        s.baseVersion = body.version;
        const form = formRef.current;
        for (const field of new Set([...Object.keys(s.base), ...Object.keys(s.changes), ...fieldsRef.current.keys()])) {
          const [part, id] = [field.slice(0, field.indexOf(".")), field.slice(field.indexOf(".") + 1)];
          s.base[field] = (theirs[part as keyof typeof theirs] as Record<string, AnswerValue>)[id] ?? null;
          // Show what is saved now for answers the person has not touched, so a later form post
          // does not send the old value back as if it had just been chosen.
          if (form && fieldsRef.current.has(field) && !(field in s.changes)) writeControl(form, field, s.base[field] ?? null);
        }
        s.unresolved = [...s.unresolved.filter((c) => !found.some((f) => f.field === c.field)), ...found];
        persist();
        syncHiddenInputs();
        if (found.length > 0) {
          showConflicts(s.unresolved);
        } else {
          rebased = true;
        }
      } else if (response.status === 409) {
        writePending(assessmentId, null);
        setStatus("locked");
      } else if (response.status === 422) {
        // Nothing in this patch could be saved: show why at each field, and do not resend it unchanged.
        for (const { field, message } of body.problems ?? []) markField(formRef.current, field, message);
        for (const [field, value] of Object.entries(sending)) if (JSON.stringify(s.changes[field]) === JSON.stringify(value)) delete s.changes[field];
        persist(sending);
        setStatus("invalid");
      } else {
        setStatus("failed");
      }
    } catch {
      setStatus(navigator.onLine ? "failed" : "offline");
    } finally {
      s.inFlight = false;
    }
    return rebased;
  }, [assessmentId, persist, showConflicts, syncHiddenInputs]);

  const flush = useCallback(async (): Promise<void> => {
    // Bounded: each rebase means someone else saved meanwhile; a few rounds settle it.
    for (let round = 0; round < 3 && (await sendOnce()); round += 1);
  }, [sendOnce]);

  const schedule = useCallback(() => {
    window.clearTimeout(state.current.timer);
    state.current.timer = window.setTimeout(() => void flush(), saveDelayMs);
  }, [flush]);

  useEffect(() => {
    const form = formId ? (document.getElementById(formId) as HTMLFormElement | null) : null;
    formRef.current = form;
    const s = state.current;
    const fields = new Map<string, PageField>(
      (JSON.parse(form?.dataset.fields ?? "[]") as PageField[]).map((f) => [f.field, f]),
    );
    fieldsRef.current = fields;
    if (form) {
      s.baseVersion = Number((form.elements.namedItem("baseVersion") as HTMLInputElement | null)?.value ?? 0);
      s.base = JSON.parse((form.elements.namedItem("baseAnswers") as HTMLInputElement | null)?.value ?? "{}") as FieldValues;
    }
    const queued = readPending(assessmentId);
    if (queued) {
      // Answers typed earlier (perhaps offline, perhaps on another page) are shown and sent first.
      s.changes = { ...queued.changes };
      s.base = { ...queued.base, ...s.base };
      s.baseVersion = queued.baseVersion;
      s.unresolved = queued.unresolved ?? [];
      if (form) for (const [field, value] of Object.entries(queued.changes)) if (fields.has(field)) writeControl(form, field, value);
      syncHiddenInputs();
      // Deferred: state updates belong after this effect, not inside it.
      if (s.unresolved.length > 0) window.setTimeout(() => showConflicts(s.unresolved), 0);
      schedule();
    }

    const onChange = (event: Event) => {
      const target = event.target as HTMLInputElement | null;
      const field = target?.name ? fields.get(target.name) : undefined;
      if (!form || !field) return;
      const parsed = parseFieldValue(field.kind, readControl(form, field.field));
      if (parsed.kind === "invalid") {
        // An earlier, readable value of this field must not be saved in place of what is typed now.
        if (field.field in s.changes) {
          const dropped = { [field.field]: s.changes[field.field] ?? null };
          delete s.changes[field.field];
          persist(dropped);
        }
        markField(form, field.field, labels.unreadable);
        setStatus("invalid");
        return;
      }
      if (parsed.kind !== "set") return;
      s.changes[field.field] = parsed.value;
      persist();
      schedule();
    };
    // The form post carries this page's answers itself; queued copies of them would only be resent.
    const onSubmit = () => {
      for (const field of fields.keys()) unmarkField(form, field);
      if (!navigator.onLine) return; // the post will fail; the queue keeps the answers
      const posted: FieldValues = {};
      for (const field of fields.keys()) {
        if (field in s.changes) posted[field] = s.changes[field] ?? null;
        delete s.changes[field];
      }
      s.unresolved = s.unresolved.filter((c) => !fields.has(c.field));
      window.clearTimeout(s.timer);
      persist(posted);
    };
    const onOnline = () => void flush();
    const onOffline = () => setStatus((current) => (Object.keys(s.changes).length > 0 || current === "saving" ? "offline" : current));
    form?.addEventListener("change", onChange);
    form?.addEventListener("input", onChange);
    form?.addEventListener("submit", onSubmit);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    return () => {
      form?.removeEventListener("change", onChange);
      form?.removeEventListener("input", onChange);
      form?.removeEventListener("submit", onSubmit);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      window.clearTimeout(s.timer);
    };
  }, [assessmentId, formId, flush, persist, schedule, showConflicts, syncHiddenInputs, labels.unreadable]);

  const resolve = (conflict: ShownConflict, keep: "mine" | "theirs") => {
    const s = state.current;
    const removed: FieldValues = {};
    if (keep === "theirs") {
      removed[conflict.field] = s.changes[conflict.field] ?? null;
      delete s.changes[conflict.field];
      if (formRef.current) writeControl(formRef.current, conflict.field, conflict.theirs);
    } else {
      s.changes[conflict.field] = conflict.mine;
    }
    s.unresolved = s.unresolved.filter((c) => c.field !== conflict.field);
    const remaining = conflicts.filter((c) => c.field !== conflict.field);
    setConflicts(remaining);
    persist(removed);
    if (remaining.length === 0) {
      setStatus("idle");
      void flush();
    }
  };

  const text: Record<Status, string> = {
    idle: "",
    saving: labels.saving,
    saved: labels.saved,
    offline: labels.offline,
    failed: labels.failed,
    invalid: labels.invalid,
    locked: labels.locked,
    conflict: "",
  };
  const tone = status === "failed" || status === "invalid" || status === "locked" ? " save-status--error" : status === "offline" ? " save-status--offline" : "";
  return (
    <>
      <div className={`save-status${tone}`} role="status" aria-live="polite" data-testid="save-status">
        {text[status]}
        {status === "failed" ? (
          <>
            {" "}
            <button type="button" className="link-button" onClick={() => void flush()}>
              {labels.retry}
            </button>
          </>
        ) : null}
      </div>
      {conflicts.length > 0 ? (
        <section className="conflict-panel" role="alert" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{labels.conflictTitle}</h2>
          <p>{labels.conflictLead}</p>
          <ul className="plain-list">
            {conflicts.map((conflict) => (
              <li key={conflict.field} data-conflict={conflict.field}>
                <p>
                  <strong>{conflict.label}</strong>
                </p>
                <p>
                  {labels.yours}: {conflict.mineText}
                  <br />
                  {labels.theirs}: {conflict.theirsText}
                </p>
                <p className="inline-form">
                  <button type="button" className="button" onClick={() => resolve(conflict, "mine")}>
                    {labels.keepMine}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => resolve(conflict, "theirs")}>
                    {labels.useTheirs}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
