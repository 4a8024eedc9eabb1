import type { Metadata } from "next";
import { CatalogueListView, type SearchParams } from "./list-view";

export const metadata: Metadata = { title: "Catalogue" };

/** GET /admin/catalogue — every catalogue item with filters, edit, retire and reactivate; admin only. */
export default function AdminCataloguePage({ searchParams }: { searchParams: SearchParams }) {
  return CatalogueListView({ searchParams, audience: "admin" });
}
