// Every endpoint of the app that can change state, and how it treats a request from another site.
// tests/unit/security/mutating-endpoints.test.ts fails when the source tree has one that is not
// listed here, and tests/e2e/cross-site.spec.ts must have a case for every id (its type says so),
// so a new server action or mutating route handler cannot ship without a cross-site test.

/** Server actions: file under app/ → its exported actions. */
export const serverActions = {
  "app/(admin)/admin/catalogue/actions.ts": [
    "createCatalogueItemAction",
    "updateCatalogueItemAction",
    "retireCatalogueItemAction",
    "reactivateCatalogueItemAction",
  ],
  "app/(admin)/admin/programmes/actions.ts": ["assignOfficerAction", "unassignOfficerAction"],
  "app/(admin)/admin/programmes/settings-actions.ts": ["createProgrammeAction", "updateProgrammeAction"],
  "app/(admin)/admin/users/[userId]/status/actions.ts": ["setAccountStatusAction"],
  "app/(admin)/admin/users/new/actions.ts": ["createOfficerAction"],
  "app/(officer)/officer/assessments/[assessmentId]/review/actions.ts": ["validateIndicatorAction", "confirmDimensionAction", "addCommentAction", "addPlanCommentAction", "approveAction", "returnAction"],
  "app/(sme)/assessments/[assessmentId]/[pageId]/actions.ts": ["savePageAction"],
  "app/(sme)/assessments/[assessmentId]/assignments/actions.ts": ["assignSectionsAction", "unassignSectionAction"],
  "app/(sme)/assessments/[assessmentId]/check/actions.ts": ["submitAssessmentAction"],
  "app/(sme)/assessments/[assessmentId]/rating/[dimensionId]/actions.ts": ["openRoundAction", "rateAction", "agreeAction"],
  "app/(sme)/dashboard/actions.ts": ["startAssessmentAction"],
  "app/(sme)/dashboard/join-actions.ts": ["joinProgrammeAction"],
  "app/(sme)/firms/[firmId]/plan/actions.ts": [
    "addPlanActionAction",
    "addSuggestedActionAction",
    "updatePlanActionAction",
    "changePlanActionStatusAction",
    "removePlanActionAction",
  ],
  "app/(sme)/firms/[firmId]/team/actions.ts": ["inviteMemberAction", "teamCommandAction"],
  "app/(sme)/firms/[firmId]/profile/actions.ts": ["updateFirmProfileAction"],
  "app/invitations/actions.ts": ["acceptInvitationAction", "invitedSignUpAction"],
  "app/account/actions.ts": ["changePasswordAction"],
  "app/actions/locale.ts": ["setLocaleAction"],
  "app/actions/sign-out.ts": ["signOutAction"],
  "app/forgot-password/actions.ts": ["requestPasswordResetAction"],
  "app/notifications/actions.ts": ["openNotificationAction", "markNotificationReadAction", "markAllNotificationsReadAction"],
  "app/reset-password/actions.ts": ["resetPasswordAction"],
  "app/sign-in/actions.ts": ["signInAction"],
  "app/sign-up/actions.ts": ["signUpAction"],
} as const;

export type ServerActionName = (typeof serverActions)[keyof typeof serverActions][number];

type Method = "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Route handlers with a mutating method. "refused": a cross-site request gets 403 and changes
 * nothing. "open": the public stateless API (reads no cookie, stores nothing), open to other sites
 * by design (lib/auth/same-origin.ts crossSiteOpenPaths).
 */
export const mutatingRoutes = {
  "app/api/auth/[...nextauth]/route.ts POST": { crossSite: "refused" },
  "app/api/assessments/[assessmentId]/answers/route.ts PUT": { crossSite: "refused" },
  "app/api/v1/score/route.ts POST": { crossSite: "open" },
  "app/api/v1/recommendations/route.ts POST": { crossSite: "open" },
} as const satisfies Record<`${string}route.ts ${Method}`, { crossSite: "refused" | "open" }>;

export type MutatingRoute = keyof typeof mutatingRoutes;
