import { z } from "zod";

// How posted form values reach a zod schema: the same rules read FormData on the server and
// react-hook-form's values in the browser, which differ for unticked boxes.

/** A checkbox group: none ticked arrives as nothing (FormData) or false/[] (react-hook-form). */
export function checkedList<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === null || value === false || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

/** One checkbox posting "yes": true when ticked. */
export const checkedBox = z.preprocess((value) => value === "yes" || value === true, z.boolean());
