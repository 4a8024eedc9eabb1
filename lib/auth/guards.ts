import "server-only";
import { forbidden, notFound, redirect, unauthorized } from "next/navigation";
import { headers } from "next/headers";
import { canEditCatalogueItem, type CatalogueEditScope } from "@/lib/catalogue/edit-scope";
import { CatalogueItemIdSchema } from "@/lib/catalogue/item-schema";
import { getCatalogueItem, type CatalogueEntry } from "@/lib/db/queries/catalogue";
import { getAssessmentById, getAssessmentForMember, getAssessmentForOfficer, type AssessmentSummary } from "@/lib/db/queries/assessments";
import { getFirmById, getFirmForMember, getFirmForOfficer, type FirmSummary } from "@/lib/db/queries/firms";
import { getFirmMemberRole } from "@/lib/db/queries/firm-team";
import { firmRoleMay, type FirmMemberRole, type FirmPermission } from "@/lib/firms/team-roles";
import { getReturnedFeedbackForMember } from "@/lib/db/queries/review/returned-feedback";
import type { ReturnedFeedback } from "@/lib/review/returned-feedback";
import { getFirmForPlanOfficer } from "@/lib/db/queries/plan/plan-readers";
import { getProgrammeById, getProgrammeForOfficer, listProgrammesForOfficer, type ProgrammeSummary } from "@/lib/db/queries/programmes";
import type { Role } from "./roles";
import { getCurrentUser, type SessionUser } from "./session";

// Every page, server action and route handler calls these guards; nothing checks roles by hand.
// They fail closed: no session, an unknown role or a missing link between the user and the object
// means no. Objects outside the caller's scope answer "not found" so their existence is not revealed.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in user; pages send anonymous callers to sign-in, API routes answer 401. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const requestHeaders = await headers();
  const pathname = requestHeaders.get("x-pathname") ?? "/";
  if (pathname.startsWith("/api/")) unauthorized();
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(requestHeaders.get("x-url-path") ?? pathname)}`);
}

/** The signed-in user if their role is one of `allowed`; 403 otherwise. */
export async function requireRole(...allowed: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!allowed.includes(user.role)) forbidden();
  return user;
}

/**
 * A firm the caller may see: one of its active members (manager or contributor), an officer of a
 * programme it is enrolled in, or an admin. A removed member reads nothing: the membership is read
 * on every request, so removal takes effect at the next one. `memberRole` is the caller's role in
 * the firm (null for officers and admins).
 */
export async function requireFirmAccess(firmId: string): Promise<{ user: SessionUser; firm: FirmSummary; memberRole: FirmMemberRole | null }> {
  const user = await requireUser();
  if (!uuidPattern.test(firmId)) notFound();
  let firm: FirmSummary | null = null;
  let memberRole: FirmMemberRole | null = null;
  if (user.role === "sme") {
    [firm, memberRole] = await Promise.all([getFirmForMember(user.id, firmId), getFirmMemberRole(user.id, firmId)]);
    // Both read the membership; should a removal fall between the two reads, refuse.
    if (!memberRole) firm = null;
  } else if (user.role === "officer") firm = await getFirmForOfficer(user.id, firmId);
  else if (user.role === "admin") firm = await getFirmById(firmId);
  if (!firm) notFound();
  return { user, firm, memberRole };
}

/**
 * A firm the caller may act for as its manager (start, submit, invite, remove, edit the profile,
 * download the data; lib/firms/team-roles.ts). A contributor of the firm gets 403; other firms,
 * removed members and unknown ids 404; officers and admins 403 (they never act for a firm).
 */
export async function requireFirmManager(firmId: string, permission: FirmPermission = "start"): Promise<{ user: SessionUser; firm: FirmSummary }> {
  await requireRole("sme");
  const { user, firm, memberRole } = await requireFirmAccess(firmId);
  if (!memberRole || !firmRoleMay(memberRole, permission)) forbidden();
  return { user, firm };
}

/**
 * A firm's improvement plan. `edit`: only the firm's own members (SME users with a membership).
 * `read`: those members, an officer assigned to a programme the firm submitted an assessment to
 * (read-only), or an admin. Everyone else, and any firm outside the caller's reach, answers 404:
 * a plan's existence is the firm's business. Fails closed: an unknown role reads nothing.
 */
export async function requirePlanAccess(firmId: string, mode: "read" | "edit"): Promise<{ user: SessionUser; firm: FirmSummary; canEdit: boolean }> {
  const user = await requireUser();
  if (!uuidPattern.test(firmId)) notFound();
  let firm: FirmSummary | null = null;
  if (user.role === "sme") firm = await getFirmForMember(user.id, firmId);
  else if (mode === "read" && user.role === "officer") firm = await getFirmForPlanOfficer(user.id, firmId);
  else if (mode === "read" && user.role === "admin") firm = await getFirmById(firmId);
  if (!firm) notFound();
  return { user, firm, canEdit: user.role === "sme" };
}

/** A programme the caller may run: an assigned officer or an admin. SMEs get 403. */
export async function requireProgrammeAccess(programmeId: string): Promise<{ user: SessionUser; programme: ProgrammeSummary }> {
  const user = await requireRole("officer", "admin");
  if (!uuidPattern.test(programmeId)) notFound();
  const programme = user.role === "admin" ? await getProgrammeById(programmeId) : await getProgrammeForOfficer(user.id, programmeId);
  if (!programme) notFound();
  return { user, programme };
}


/**
 * An assessment the caller may see: an active member of its firm, an officer of the programme it
 * was made in, or an admin. With `edit`, only the firm's own members pass (officers review, they
 * never answer); a contributor answers too. With `manage` (submit), only the firm's managers pass:
 * a contributor gets 403. A removed member gets 404, as any stranger.
 */
export async function requireAssessmentAccess(
  assessmentId: string,
  mode: "read" | "edit" | "manage" = "read",
): Promise<{ user: SessionUser; assessment: AssessmentSummary; memberRole: FirmMemberRole | null }> {
  const user = await requireUser();
  if (!uuidPattern.test(assessmentId)) notFound();
  if (mode !== "read" && user.role !== "sme") forbidden();
  let assessment: AssessmentSummary | null = null;
  let memberRole: FirmMemberRole | null = null;
  if (user.role === "sme") {
    assessment = await getAssessmentForMember(user.id, assessmentId);
    memberRole = assessment ? await getFirmMemberRole(user.id, assessment.firmId) : null;
    if (!memberRole) assessment = null;
  } else if (user.role === "officer") assessment = await getAssessmentForOfficer(user.id, assessmentId);
  else if (user.role === "admin") assessment = await getAssessmentById(assessmentId);
  if (!assessment) notFound();
  if (mode === "manage" && !(memberRole && firmRoleMay(memberRole, "submit"))) forbidden();
  return { user, assessment, memberRole };
}

/**
 * An assessment the firm's own manager edits (requireAssessmentAccess in edit mode), with the
 * officer's feedback when it was returned (null otherwise). Only the firm's managers read the
 * feedback: other roles get 403, other firms 404, and the query itself joins the membership.
 */
export async function requireRevisionAccess(
  assessmentId: string,
): Promise<{ user: SessionUser; assessment: AssessmentSummary; feedback: ReturnedFeedback | null; memberRole: FirmMemberRole | null }> {
  const { user, assessment, memberRole } = await requireAssessmentAccess(assessmentId, "edit");
  const feedback = assessment.status === "returned" ? await getReturnedFeedbackForMember(user.id, assessment.id) : null;
  return { user, assessment, feedback, memberRole };
}

/**
 * An assessment the caller may review: an officer of the programme it was made in, or an admin.
 * SMEs get 403 (the firm never reviews itself); an assessment outside the officer's programmes
 * answers 404. Fails closed through requireRole and requireAssessmentAccess.
 */
export async function requireReviewAccess(assessmentId: string): Promise<{ user: SessionUser; assessment: AssessmentSummary; memberRole: FirmMemberRole | null }> {
  await requireRole("officer", "admin");
  return requireAssessmentAccess(assessmentId, "read");
}

export type CatalogueEditAccess = { user: SessionUser; scope: CatalogueEditScope };

/**
 * The caller's right to change the catalogue, and with `itemId` the item they may change.
 * Admins may change every item; an officer only the policy instruments of their programmes'
 * countries (lib/catalogue/edit-scope.ts); SMEs get 403. With `audience`, only that role passes,
 * so the admin pages stay the admin's and the officer pages the officer's. An unknown id answers
 * 404; an item outside the scope 403 (the catalogue is public, so its existence is no secret).
 * Fails closed: a role other than admin or officer, or an officer's missing programme link, means no.
 */
export async function requireCatalogueEditAccess(
  itemId: string,
  options?: { audience?: "admin" | "officer" },
): Promise<CatalogueEditAccess & { item: CatalogueEntry }>;
export async function requireCatalogueEditAccess(itemId?: null, options?: { audience?: "admin" | "officer" }): Promise<CatalogueEditAccess>;
export async function requireCatalogueEditAccess(
  itemId?: string | null,
  options: { audience?: "admin" | "officer" } = {},
): Promise<CatalogueEditAccess & { item?: CatalogueEntry }> {
  const user = await requireRole(...(options.audience ? [options.audience] : (["admin", "officer"] as const)));
  let scope: CatalogueEditScope;
  if (user.role === "admin") scope = { kind: "all" };
  else if (user.role === "officer") {
    const programmes = await listProgrammesForOfficer(user.id);
    scope = { kind: "programmes", programmes: programmes.map(({ id, name, country }) => ({ id, name, country })) };
  } else forbidden();
  if (itemId === undefined || itemId === null) return { user, scope };
  if (!CatalogueItemIdSchema.safeParse(itemId).success) notFound();
  const item = await getCatalogueItem(itemId);
  if (!item) notFound();
  if (!canEditCatalogueItem(scope, item)) forbidden();
  return { user, scope, item };
}
