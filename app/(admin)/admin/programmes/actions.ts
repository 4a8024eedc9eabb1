"use server";

import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/guards";
import { assignOfficerToProgramme, unassignOfficerFromProgramme } from "@/lib/db/queries/programmes";
import { OfficerAssignmentSchema } from "./schema";

// Plain form posts (they work without JavaScript); the outcome travels back in the URL as a code,
// never as free text, so the page cannot be made to display an attacker's message.

function parseAssignment(formData: FormData) {
  return OfficerAssignmentSchema.safeParse({ programmeId: formData.get("programmeId"), officerId: formData.get("officerId") });
}

/** Assigns an officer to a programme; admin only. */
export async function assignOfficerAction(formData: FormData): Promise<void> {
  const admin = await requireRole("admin");
  const parsed = parseAssignment(formData);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] === "officerId" ? "officer-missing" : "programme-missing";
    redirect(`/admin/programmes?error=${field}&programme=${encodeURIComponent(String(formData.get("programmeId") ?? ""))}`);
  }
  const assigned = await assignOfficerToProgramme(parsed.data.programmeId, parsed.data.officerId, admin);
  redirect(`/admin/programmes?${assigned ? "done=assigned" : "error=officer-missing"}&programme=${parsed.data.programmeId}`);
}

/** Removes an officer from a programme; admin only. */
export async function unassignOfficerAction(formData: FormData): Promise<void> {
  const admin = await requireRole("admin");
  const parsed = parseAssignment(formData);
  if (!parsed.success) redirect("/admin/programmes?error=programme-missing");
  await unassignOfficerFromProgramme(parsed.data.programmeId, parsed.data.officerId, admin);
  redirect(`/admin/programmes?done=unassigned&programme=${parsed.data.programmeId}`);
}
