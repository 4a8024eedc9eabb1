import { sql } from "drizzle-orm";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import type { SubmissionScores } from "@/lib/scoring/submission-scores";

/** The scoring result and priorities as stored with a submitted revision. */
export type StoredScores = Pick<SubmissionScores, "result" | "priorities">;
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const userRole = pgEnum("user_role", ["sme", "officer", "admin"]);
export const assessmentStatus = pgEnum("assessment_status", [
  "draft",
  "submitted",
  "in_review",
  "approved",
  "returned",
]);

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull(),
    active: boolean("active").notNull().default(true),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    // Emails are stored lower-cased; the check keeps a stray mixed-case insert from creating a twin account.
    uniqueIndex("users_email_key").on(t.email),
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

/** One row per signed-in browser; the JWT only carries its id, so revocation is a row update. */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/**
 * Single-use password reset links. Only a hash of the token is stored, so a database leak gives no
 * working link; used_at marks the one use, expires_at bounds its life.
 */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("password_reset_tokens_hash_key").on(t.tokenHash), index("password_reset_tokens_user_idx").on(t.userId)],
);

/**
 * Sign-in attempts per normalised email and client address; lives in the database so throttling
 * holds across app instances. Pruned as it goes (lib/db/queries/login-attempts.ts): failures after
 * the throttling window, the last success per email and address after 30 days.
 */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    /** IPv4, or an IPv6 /64 (lib/auth/client-address.ts); null for a password reset, which is no sign-in. */
    clientAddress: text("client_address"),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_email_time_idx").on(t.email, t.attemptedAt),
    index("login_attempts_address_time_idx").on(t.clientAddress, t.attemptedAt),
    index("login_attempts_time_idx").on(t.attemptedAt),
  ],
);

export const firms = pgTable(
  "firms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    sector: text("sector").notNull(),
    employees: integer("employees").notNull(),
    createdAt: createdAt(),
  },
  // The review queue's A–Z order: code-point order of the lower-cased name, the same on every server locale.
  (t) => [index("firms_name_sort_idx").on(sql`(lower(${t.name}) collate "C")`)],
);

/** What a member may do within the firm (lib/firms/team-roles.ts says which role may do what). */
export const firmMemberRole = pgEnum("firm_member_role", ["manager", "contributor"]);

/**
 * A person's place in a firm. Removal is soft (removed_at): a removed member reads nothing of the
 * firm, but the row keeps their name attached to what they wrote. A firm keeps at least one
 * manager; the commands enforce it under a lock of the firm's rows (lib/db/queries/firm-team.ts).
 */
export const firmMemberships = pgTable(
  "firm_memberships",
  {
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    role: firmMemberRole("role").notNull().default("manager"),
    createdAt: createdAt(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    removedBy: uuid("removed_by").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.firmId, t.userId] }), index("firm_memberships_user_idx").on(t.userId)],
);

/**
 * An invitation to join a firm, by email. Only the SHA-256 of the link's token is stored; the raw
 * token is in the email alone. Its state (pending, expired, accepted, revoked) follows from the
 * timestamps (lib/firms/invitation-state.ts); a re-send replaces the token and the expiry.
 */
export const firmInvitations = pgTable(
  "firm_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id),
    /** Lower-cased, like users.email, so the accepting account is matched exactly. */
    email: text("email").notNull(),
    role: firmMemberRole("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    invitedBy: uuid("invited_by")
      .notNull()
      .references(() => users.id),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("firm_invitations_token_hash_key").on(t.tokenHash),
    index("firm_invitations_firm_idx").on(t.firmId, t.createdAt),
    check("firm_invitations_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

export const questionnaireVersions = pgTable("questionnaire_versions", {
  id: text("id").primaryKey(),
  contentHash: text("content_hash").notNull(),
  publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
});

export const programmes = pgTable(
  "programmes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    questionnaireVersionId: text("questionnaire_version_id")
      .notNull()
      .references(() => questionnaireVersions.id),
    enrolmentCode: text("enrolment_code").notNull(),
    opensOn: date("opens_on"),
    closesOn: date("closes_on"),
    /** Optional programme target level per dimension id. */
    targets: jsonb("targets").$type<Record<string, number>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("programmes_enrolment_code_key").on(t.enrolmentCode)],
);

export const programmeOfficers = pgTable(
  "programme_officers",
  {
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.userId] }), index("programme_officers_user_idx").on(t.userId)],
);

export const programmeEnrolments = pgTable(
  "programme_enrolments",
  {
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.firmId] }), index("programme_enrolments_firm_idx").on(t.firmId)],
);

export const assessments = pgTable(
  "assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id),
    programmeId: uuid("programme_id").references(() => programmes.id),
    status: assessmentStatus("status").notNull().default("draft"),
    currentRevision: integer("current_revision").notNull().default(1),
    // Copies of the latest submitted revision's headline figures, set in the submit transaction, so the
    // review queue filters and sorts on one table (revisions are frozen once submitted; this row is not).
    latestSubmittedRevision: integer("latest_submitted_revision"),
    lastSubmittedAt: timestamp("last_submitted_at", { withTimezone: true }),
    readinessIndex: doublePrecision("readiness_index"),
    readinessBand: text("readiness_band"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("assessments_firm_idx").on(t.firmId),
    index("assessments_programme_status_idx").on(t.programmeId, t.status),
    index("assessments_programme_status_submitted_idx").on(t.programmeId, t.status, t.lastSubmittedAt),
    index("assessments_programme_submitted_idx").on(t.programmeId, t.lastSubmittedAt).where(sql`${t.lastSubmittedAt} is not null`),
    // The queue sorted by readiness index, in either direction (the two orders mirror each other).
    index("assessments_programme_index_idx")
      .on(t.programmeId, t.readinessIndex, t.lastSubmittedAt, t.id)
      .where(sql`${t.lastSubmittedAt} is not null`),
    // One unfinished assessment per firm and programme (lib/assessments/lifecycle.ts activeStatuses),
    // so parallel "Start" posts cannot make twins. No programme counts as one programme: coalesce,
    // because NULLs never collide in a unique index.
    uniqueIndex("assessments_one_active_per_firm_programme")
      .on(t.firmId, sql`coalesce(${t.programmeId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.status} in ('draft', 'submitted', 'in_review', 'returned')`),
  ],
);

/**
 * Each submission freezes a revision; a returned assessment continues in a new draft revision.
 * A database trigger (see the migration) refuses updates to a submitted revision.
 */
export const assessmentRevisions = pgTable(
  "assessment_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    number: integer("number").notNull(),
    questionnaireVersionId: text("questionnaire_version_id")
      .notNull()
      .references(() => questionnaireVersions.id),
    contentHash: text("content_hash").notNull(),
    answers: jsonb("answers").notNull().default({}),
    /** Optimistic-concurrency counter: every accepted save increments it. */
    version: integer("version").notNull().default(0),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by").references(() => users.id),
    /** The Idempotency-Key of the submit that froze this revision; a retry with it gets the same answer. */
    submitKey: text("submit_key"),
    // Scores computed on the server at submit time: headline figures as columns for cohort queries,
    // the full result (dimensions, sources, priorities) as structured data for the results page.
    readinessIndex: doublePrecision("readiness_index"),
    readinessBand: text("readiness_band"),
    peopleScore: doublePrecision("people_score"),
    processScore: doublePrecision("process_score"),
    technologyScore: doublePrecision("technology_score"),
    servicesScore: doublePrecision("services_score"),
    scores: jsonb("scores").$type<StoredScores>(),
    /** Score per dimension id, a compact copy of scores.result for cohort queries over many revisions. */
    dimensionScores: jsonb("dimension_scores").$type<Record<string, number>>(),
    /** Dimension ids of the focus areas (the top priority gaps), most urgent first; copied from scores.priorities. */
    priorityDimensionIds: text("priority_dimension_ids").array(),
    /** The firm's profile (name, country, sector, employees) as it was when this revision was submitted. */
    firmProfile: jsonb("firm_profile").$type<{ name: string; country: string; sector: string; employees: number }>(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("assessment_revisions_assessment_number_key").on(t.assessmentId, t.number)],
);

/**
 * An officer's validated level for one indicator of a submitted revision, with the reason.
 * Changeable while the revision is under review; the decision freezes it (checked under the assessment's row lock).
 */
export const indicatorValidations = pgTable(
  "indicator_validations",
  {
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => assessmentRevisions.id),
    indicatorId: text("indicator_id").notNull(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    validatedLevel: integer("validated_level").notNull(),
    justification: text("justification").notNull(),
    validatedBy: uuid("validated_by")
      .notNull()
      .references(() => users.id),
    validatedAt: timestamp("validated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.revisionId, t.indicatorId] }),
    check("indicator_validations_level_range", sql`${t.validatedLevel} between 0 and 5`),
    check("indicator_validations_justification_present", sql`length(btrim(${t.justification})) > 0`),
  ],
);

/** An officer's comment on one dimension (or the whole assessment when dimension_id is null) of a submitted revision. */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => assessmentRevisions.id),
    dimensionId: text("dimension_id"),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("review_comments_assessment_idx").on(t.assessmentId, t.createdAt)],
);

export const reviewDecisionKind = pgEnum("review_decision_kind", ["approved", "returned"]);

/**
 * The decision that closed the review of one submitted revision; append-only (trigger in the migration).
 * An approval stores the validated scores (the self-assessed answers with the officer's validated levels
 * applied) so cohort figures read them instead of recomputing.
 */
export const reviewDecisions = pgTable(
  "review_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => assessmentRevisions.id),
    decision: reviewDecisionKind("decision").notNull(),
    reason: text("reason"),
    decidedBy: uuid("decided_by")
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
    validatedIndex: doublePrecision("validated_index"),
    validatedBand: text("validated_band"),
    validatedPeopleScore: doublePrecision("validated_people_score"),
    validatedProcessScore: doublePrecision("validated_process_score"),
    validatedTechnologyScore: doublePrecision("validated_technology_score"),
    validatedServicesScore: doublePrecision("validated_services_score"),
    validatedDimensionScores: jsonb("validated_dimension_scores").$type<Record<string, number>>(),
    validatedScores: jsonb("validated_scores").$type<StoredScores>(),
  },
  (t) => [
    uniqueIndex("review_decisions_revision_key").on(t.revisionId),
    index("review_decisions_assessment_idx").on(t.assessmentId, t.decidedAt),
    check("review_decisions_return_has_reason", sql`${t.decision} <> 'returned' or length(btrim(coalesce(${t.reason}, ''))) > 0`),
  ],
);

/** In-app notifications; read_at null means unread. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    assessmentId: uuid("assessment_id").references(() => assessments.id),
    programmeId: uuid("programme_id").references(() => programmes.id),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_user_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

export const outgoingEmailStatus = pgEnum("outgoing_email_status", ["pending", "sent", "held", "failed"]);

/**
 * Emails written in the transaction of the event they report (transactional outbox) and delivered
 * after commit. Without SMTP settings they are `held`: the development outbox admins can read.
 */
export const outgoingEmails = pgTable(
  "outgoing_emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    notificationId: uuid("notification_id").references(() => notifications.id),
    status: outgoingEmailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** Set while a deliverer sends the email; once past, another deliverer may take it (at least once). */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    /** After a failed send: not tried again before this time (lib/mail/retry-schedule.ts). */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("outgoing_emails_status_created_idx").on(t.status, t.createdAt)],
);

/** Append-only: a trigger in the migration refuses UPDATE and DELETE. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorRole: userRole("actor_role"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    reason: text("reason"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_events_entity_idx").on(t.entityType, t.entityId, t.occurredAt)],
);

export const catalogueItemKind = pgEnum("catalogue_item_kind", ["case-study", "policy-instrument", "instrument-type"]);
export const catalogueItemStatus = pgEnum("catalogue_item_status", ["active", "retired"]);

/**
 * The catalogue the recommender reads: the shipped items (seeded by every migrate run) and items
 * admins and officers add. `item` is the whole item as CatalogueItemSchema parsed it; id, kind,
 * country and status are copies kept as columns for filtering, and checks keep them equal to the
 * item's own fields. created_by and updated_by are null for shipped content no person has
 * touched: the seed refreshes such rows and never one a person has edited.
 */
export const catalogueItems = pgTable(
  "catalogue_items",
  {
    id: text("id").primaryKey(),
    kind: catalogueItemKind("kind").notNull(),
    /** A country code, "international" or "generic" (as the item says). */
    country: text("country").notNull(),
    status: catalogueItemStatus("status").notNull(),
    item: jsonb("item").$type<CatalogueItem>().notNull(),
    /** The programme an officer added this local instrument for; null for shipped and admin items. */
    programmeId: uuid("programme_id").references(() => programmes.id),
    createdAt: createdAt(),
    createdBy: uuid("created_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [
    index("catalogue_items_kind_country_status_idx").on(t.kind, t.country, t.status),
    check("catalogue_items_item_matches_columns", sql`${t.item}->>'id' = ${t.id} and ${t.item}->>'kind' = ${t.kind}::text and ${t.item}->>'country' = ${t.country} and ${t.item}->>'status' = ${t.status}::text`),
  ],
);

/** Where a firm's improvement-plan action stands (lib/plan/plan-action.ts names them for people). */
export const planActionStatus = pgEnum("plan_action_status", ["planned", "in_progress", "done", "dropped"]);

/**
 * The firm's improvement plan: one plan per firm, carried across assessments, so it is simply the
 * firm's actions; a dimension is in the plan while it has an action. `version` guards against two
 * members overwriting each other's edit (an update names the version it read). Cost is a whole
 * amount in `currency` (ISO 4217), enough for sizing support; the checks repeat the form's rules
 * so no other path can store dates out of order or a negative cost.
 */
export const planActions = pgTable(
  "plan_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id),
    /** A questionnaire dimension id (stable across questionnaire versions). */
    dimensionId: text("dimension_id").notNull(),
    title: text("title").notNull(),
    notes: text("notes"),
    /** A member of the firm; null while nobody owns it. */
    ownerUserId: uuid("owner_user_id").references(() => users.id),
    startsOn: date("starts_on"),
    dueOn: date("due_on"),
    estimatedCost: integer("estimated_cost"),
    currency: text("currency"),
    /** A support instrument (catalogue item of kind policy-instrument or instrument-type). */
    instrumentId: text("instrument_id").references(() => catalogueItems.id),
    /** The catalogue item a suggested action came from (case study or instrument); null for the firm's own. */
    suggestedFrom: text("suggested_from").references(() => catalogueItems.id),
    status: planActionStatus("status").notNull().default("planned"),
    /** When the action was last marked done; cleared when it leaves "done". */
    completedAt: timestamp("completed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    createdBy: uuid("created_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [
    index("plan_actions_firm_dimension_idx").on(t.firmId, t.dimensionId),
    index("plan_actions_instrument_idx").on(t.instrumentId),
    check("plan_actions_dates_in_order", sql`${t.startsOn} is null or ${t.dueOn} is null or ${t.startsOn} <= ${t.dueOn}`),
    check("plan_actions_cost_not_negative", sql`${t.estimatedCost} is null or ${t.estimatedCost} >= 0`),
    check("plan_actions_cost_has_currency", sql`${t.estimatedCost} is null or ${t.currency} is not null`),
    check("plan_actions_title_not_blank", sql`length(btrim(${t.title})) > 0`),
  ],
);

/**
 * A programme officer's comment on a firm's improvement plan, written from the review page of one
 * of the firm's assessments (the officer reads the plan there, read-only). The firm's members see
 * the comments on their plan page. Append-only by convention: a comment is never edited.
 */
export const planComments = pgTable(
  "plan_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firmId: uuid("firm_id")
      .notNull()
      .references(() => firms.id),
    /** The assessment whose review page the comment was written on. */
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    /** The plan dimension the comment is about; null for the plan as a whole. */
    dimensionId: text("dimension_id"),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("plan_comments_firm_idx").on(t.firmId, t.createdAt)],
);

/**
 * Who is asked to answer which page of an assessment: `pageId` is a questionnaire page id (a
 * dimension id, "profile" or "targets"); assigning a whole factor stores one row per dimension.
 * A guide for managers, a limit for contributors (lib/assessments/section-assignments.ts).
 */
export const sectionAssignments = pgTable(
  "section_assignments",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id),
    pageId: text("page_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    assignedBy: uuid("assigned_by")
      .notNull()
      .references(() => users.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.pageId, t.userId] }), index("section_assignments_user_idx").on(t.userId)],
);

/**
 * Every accepted change of one answer field ("levels.<indicator>", "profile.<question>",
 * "targets.<dimension>", notes…) of a revision: who saved it, when and the value (null when
 * cleared). The latest row per field is the answer's author; a submitted revision keeps its rows.
 * Append-only: a trigger in the migration refuses UPDATE and DELETE.
 */
export const answerChanges = pgTable(
  "answer_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => assessmentRevisions.id),
    field: text("field").notNull(),
    value: jsonb("value"),
    changedBy: uuid("changed_by")
      .notNull()
      .references(() => users.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** How the change came: "page" (form post), "autosave", "agreement" (independent rating), "carried" (from the previous revision). */
    source: text("source").notNull(),
  },
  (t) => [index("answer_changes_revision_field_idx").on(t.revisionId, t.field, t.changedAt)],
);

/**
 * A dimension of a draft revision opened for independent rating: the chosen raters rate its
 * indicators without seeing each other's levels; the manager then sets the agreed levels.
 * One round per revision and dimension; kept with the revision, so the officer sees the spread.
 */
export const ratingRounds = pgTable(
  "rating_rounds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => assessmentRevisions.id),
    dimensionId: text("dimension_id").notNull(),
    openedBy: uuid("opened_by")
      .notNull()
      .references(() => users.id),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    /** Set when the manager has agreed every indicator's level. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("rating_rounds_revision_dimension_key").on(t.revisionId, t.dimensionId)],
);

/** A member chosen to rate a round; finished_at is set when they hand in their levels. */
export const ratingRoundRaters = pgTable(
  "rating_round_raters",
  {
    roundId: uuid("round_id")
      .notNull()
      .references(() => ratingRounds.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] }), index("rating_round_raters_user_idx").on(t.userId)],
);

/** One rater's own level for one indicator of a round, unseen by the other raters until agreement. */
export const independentRatings = pgTable(
  "independent_ratings",
  {
    roundId: uuid("round_id")
      .notNull()
      .references(() => ratingRounds.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    indicatorId: text("indicator_id").notNull(),
    level: integer("level").notNull(),
    ratedAt: timestamp("rated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId, t.indicatorId] })],
);

/** The level the manager agreed for one indicator of a round, with the note on why. */
export const ratingAgreements = pgTable(
  "rating_agreements",
  {
    roundId: uuid("round_id")
      .notNull()
      .references(() => ratingRounds.id),
    indicatorId: text("indicator_id").notNull(),
    agreedLevel: integer("agreed_level").notNull(),
    note: text("note"),
    agreedBy: uuid("agreed_by")
      .notNull()
      .references(() => users.id),
    agreedAt: timestamp("agreed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.indicatorId] })],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = (typeof userRole.enumValues)[number];
export type Firm = typeof firms.$inferSelect;
export type FirmMemberRole = (typeof firmMemberRole.enumValues)[number];
export type Programme = typeof programmes.$inferSelect;
export type Assessment = typeof assessments.$inferSelect;
export type AssessmentStatus = (typeof assessmentStatus.enumValues)[number];
export type AssessmentRevision = typeof assessmentRevisions.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type IndicatorValidation = typeof indicatorValidations.$inferSelect;
export type ReviewComment = typeof reviewComments.$inferSelect;
export type ReviewDecision = typeof reviewDecisions.$inferSelect;
export type ReviewDecisionKind = (typeof reviewDecisionKind.enumValues)[number];
export type Notification = typeof notifications.$inferSelect;
export type OutgoingEmail = typeof outgoingEmails.$inferSelect;
export type CatalogueItemRow = typeof catalogueItems.$inferSelect;
export type PlanActionRow = typeof planActions.$inferSelect;
export type PlanActionStatus = (typeof planActionStatus.enumValues)[number];
