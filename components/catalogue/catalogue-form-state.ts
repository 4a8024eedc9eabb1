import type { CatalogueFormValues } from "@/lib/catalogue/item-form";

/** What the catalogue editor's server actions answer: messages by field name (translated) and the values to show again. */
export type CatalogueFormState = {
  status: "idle" | "error";
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: CatalogueFormValues;
};

export const idleCatalogueFormState: CatalogueFormState = { status: "idle" };

/** The element id of a form field: its name with the dots replaced, so it also works as a CSS selector. */
export function catalogueFieldDomId(name: string): string {
  return `f-${name.replace(/\./g, "--")}`;
}
