import type { Metadata } from "next";
import type { SearchParams } from "../list-view";
import { CatalogueNewView } from "../new-view";

export const metadata: Metadata = { title: "Add a catalogue item" };

/** GET /admin/catalogue/new?kind= — choose a kind, then the form to add an item of it; admin only. */
export default function AdminNewCatalogueItemPage({ searchParams }: { searchParams: SearchParams }) {
  return CatalogueNewView({ searchParams, audience: "admin" });
}
