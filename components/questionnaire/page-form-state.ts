"use client";

import { createContext, useContext } from "react";

/** One answer the page save refused: the message at the field, the line in the error summary. */
export type RefusedAnswer = { field: string; message: string; summary: string };

/**
 * What the page's save action answers when it stays on the page: the refused answers and what was
 * typed into them (every other answer on the page is saved and shown from the database), and the
 * answers someone else changed meanwhile. Posted values travel in the action's answer, never in a URL.
 */
export type PageSaveState =
  | { status: "idle" }
  | { status: "refused"; refused: RefusedAnswer[]; typed: Record<string, string[]>; conflicts: { field: string; label: string; by?: string }[] };

export const idlePageSaveState: PageSaveState = { status: "idle" };

export const PageSaveStateContext = createContext<PageSaveState>(idlePageSaveState);

/** A field's error and the values typed into it, when the last page save refused it. */
export function useRefusedField(field: string): { error?: string; typed?: string[] } {
  const state = useContext(PageSaveStateContext);
  if (state.status !== "refused") return {};
  return { error: state.refused.find((r) => r.field === field)?.message, typed: state.typed[field] };
}
