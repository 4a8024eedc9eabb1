import type { Metadata } from "next";
import { CatalogueEditView } from "../edit-view";

export const metadata: Metadata = { title: "Edit a catalogue item" };

/** GET /admin/catalogue/[itemId] — edit, retire or reactivate one item; admin only. */
export default function AdminEditCatalogueItemPage({ params }: { params: Promise<{ itemId: string }> }) {
  return CatalogueEditView({ params, audience: "admin" });
}
