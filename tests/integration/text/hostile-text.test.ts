// Hostile text against a real database (PGlite and PostgreSQL): NUL and a lone surrogate cannot be
// stored (PostgreSQL refuses them, which used to surface as a 500), and zero-width characters alone
// are no answer. Each form's input goes through its schema, then the command the action calls when
// the schema accepts it; every case must end in a field error and leave the database as it was.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { CatalogueListQuerySchema } from "@/app/(admin)/admin/catalogue/schema";
import { DraftSaveRequestSchema } from "@/app/api/assessments/[assessmentId]/answers/schema";
import { CommentFormSchema, ReturnFormSchema, ValidationFormSchema } from "@/app/(officer)/officer/assessments/[assessmentId]/review/schema";
import { NewOfficerSchema } from "@/app/(admin)/admin/users/new/schema";
import { JoinProgrammeSchema } from "@/app/(sme)/dashboard/schema";
import { SignUpSchema } from "@/app/sign-up/schema";
import { authOptions } from "@/lib/auth/options";
import { getCatalogueItem as getShippedItem } from "@/lib/catalogue/catalogue";
import type { CatalogueItem } from "@/lib/catalogue/item-schema";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createDraftAssessment, getCurrentRevision, saveDraftAnswers, submitCurrentRevision, type SubmitReadiness } from "@/lib/db/queries/assessments";
import { createCatalogueItem, listCatalogueSummaries } from "@/lib/db/queries/catalogue";
import { createProgramme } from "@/lib/db/queries/programme-settings";
import { enrolFirmInProgramme, findProgrammeByEnrolmentCode } from "@/lib/db/queries/programmes";
import { addReviewComment, returnAssessment, setIndicatorValidation } from "@/lib/db/queries/review/commands";
import { createOfficerAccount, createSmeAccount } from "@/lib/db/queries/users";
import { registerQuestionnaireVersions } from "@/lib/db/seed";
import { catalogueIssueMessages as describeCatalogueIssues } from "@/lib/catalogue/issue-messages";
import { translateFieldErrors } from "@/lib/forms/field-errors";
import { createTranslator } from "@/lib/i18n";
import { ProgrammeSettingsSchema } from "@/lib/programmes/programme-settings";
import { emptyAnswerSet, type AnswerPatch, type AnswerSet } from "@/lib/questionnaire/answer-set";
import { decideDraftSave } from "@/lib/questionnaire/draft-save";
import { buildPatchFromForm, listPageFields } from "@/lib/questionnaire/page-fields";
import { listPages } from "@/lib/questionnaire/pages";
import { currentQuestionnaireId, getPublishedQuestionnaire } from "@/lib/questionnaire/published";
import { validateAnswerSet, type AnswerProblem } from "@/lib/questionnaire/validate-answer-set";
import { listVisibleDimensions } from "@/lib/questionnaire/visible-items";
import { scoreSubmission } from "@/lib/scoring/submission-scores";
import { seedFixtures, testQuestionnaireVersion, type Fixtures } from "../support/fixtures";

const t = createTranslator("en");
const unstorable = "Remove the invisible control character from this text (it may have come with a copy and paste).";
/** The characters no text column or jsonb value can hold, as they arrive from a form or a JSON body. */
const unstorableValues = { NUL: "Kilang\u0000Maju", "a lone surrogate": "Kilang \ud800" } as const;
const zeroWidthOnly = "\u200b";

const questionnaire = getPublishedQuestionnaire(currentQuestionnaireId)!;
const structure = questionnaire.structure;
const skillsPage = listPages(structure, emptyAnswerSet()).find((page) => page.kind === "dimension" && page.dimensionId === "skills")!;
const firstSkill = structure.factors[0]!.dimensions.find((d) => d.id === "skills")!.indicators[0]!;

let f: Fixtures;
const manager = (): Actor => ({ id: f.users.managerA.id, role: "sme" });
const officer = (): Actor => ({ id: f.users.officerA.id, role: "officer" });
const admin = (): Actor => ({ id: f.users.admin.id, role: "admin" });

beforeAll(async () => {
  f = await seedFixtures();
  await registerQuestionnaireVersions(getDb(), [{ id: questionnaire.id, contentHash: questionnaire.contentHash }]);
});

/** What an action does: parse the input, and only if it parses run the command. Returns the field errors shown. */
/** A command's own refusal of a field, as its action shows it (e.g. a justification the level needs). */
type FieldRefusal = { fieldErrors: Record<string, string> };
const isFieldRefusal = (value: unknown): value is FieldRefusal => typeof value === "object" && value !== null && "fieldErrors" in value;

async function post<T>(schema: z.ZodType<T>, input: unknown, command: (data: T) => Promise<unknown>): Promise<Record<string, string>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) {
    const outcome = await command(parsed.data);
    return isFieldRefusal(outcome) ? outcome.fieldErrors : {};
  }
  return translateFieldErrors(parsed.error, t);
}

/** Rows in every table a refused post could have written to. */
async function footprint(): Promise<Record<string, number>> {
  const tables = ["users", "firms", "programmes", "programme_enrolments", "assessments", "assessment_revisions", "indicator_validations", "review_comments", "review_decisions", "catalogue_items", "audit_events"];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const result = await getDb().execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`);
    counts[table] = result.rows[0]!.n;
  }
  return counts;
}

function completeAnswers(): AnswerSet {
  const answers: AnswerSet = {
    ...emptyAnswerSet(),
    profile: { country: "MY", sector: "22", employees: 50, turnover: "1m-5m", exports: true, "offers-services": false, technologies: ["none"], challenges: ["funding"] },
  };
  for (const { indicators } of listVisibleDimensions(structure, answers)) for (const i of indicators) answers.levels[i.id] = 3;
  return answers;
}

async function newDraft(answers: AnswerSet = completeAnswers()): Promise<string> {
  const { assessmentId } = await createDraftAssessment(
    { firmId: f.firms.firmA.id, programmeId: f.programmes.programmeA.id, questionnaireVersionId: questionnaire.id, contentHash: questionnaire.contentHash, answers, prefilledFrom: null },
    manager(),
  );
  return assessmentId;
}

async function submitted(): Promise<string> {
  const id = await newDraft();
  const prepare = (revision: { answers: AnswerSet }): SubmitReadiness<AnswerProblem> => {
    const problems = validateAnswerSet(structure, revision.answers, "submit");
    return problems.length > 0 ? { kind: "incomplete", problems } : { kind: "ready", scores: scoreSubmission(structure, revision.answers) };
  };
  expect((await submitCurrentRevision(id, crypto.randomUUID(), manager(), prepare)).kind).toBe("submitted");
  return id;
}

/** The autosave route and the page save after parsing: decide on the stored draft, store only a "save". */
async function saveDraft(assessmentId: string, patch: AnswerPatch) {
  const revision = (await getCurrentRevision(assessmentId))!;
  const decision = decideDraftSave(structure, revision, revision.version, patch);
  if (decision.kind === "save") await saveDraftAnswers(revision.id, revision, decision.answers, { userId: manager().id, source: "page" });
  return decision;
}

describe("a questionnaire note (autosave and page save)", () => {
  for (const [what, note] of Object.entries(unstorableValues)) {
    it(`refuses a note with ${what} by field, in an autosave patch, and keeps the stored note`, async () => {
      const id = await newDraft({ ...completeAnswers(), notes: { [firstSkill.id]: "Training plan on file" } });
      const before = await getCurrentRevision(id);
      const request = DraftSaveRequestSchema.parse(JSON.parse(JSON.stringify({ baseVersion: before!.version, patch: { notes: { [firstSkill.id]: note } } })));
      const decision = await saveDraft(id, request.patch);
      expect(decision).toEqual({ kind: "invalid", problems: [{ field: `notes.${firstSkill.id}`, code: "unstorable-text" }] });
      expect(await getCurrentRevision(id)).toEqual(before);
    });

    it(`refuses a note with ${what} by field, in a page form post, and keeps the stored note`, async () => {
      const id = await newDraft();
      const before = await getCurrentRevision(id);
      const form: Record<string, string> = { [`notes.${firstSkill.id}`]: note };
      const { patch, invalid } = buildPatchFromForm(listPageFields(structure, before!.answers, skillsPage), (field) => (form[field] === undefined ? [] : [form[field]!]));
      expect(invalid).toEqual([]);
      // The page's other fields are saved (issue 15, item 9); the note is refused by field and not stored.
      const decision = await saveDraft(id, patch);
      const refused = decision.kind === "invalid" ? decision.problems : decision.kind === "save" ? decision.rejected : [];
      expect(refused).toEqual([{ field: `notes.${firstSkill.id}`, code: "unstorable-text" }]);
      expect((await getCurrentRevision(id))!.answers.notes[firstSkill.id]).toEqual(before!.answers.notes[firstSkill.id]);
    });
  }
});

describe("the officer's review texts", () => {
  let assessmentId: string;
  beforeAll(async () => {
    assessmentId = await submitted();
  });

  const cases = [
    // Level 2 is not the firm's (3), so the command asks for a justification as the action does (a blank one is fine only to confirm the firm's level).
    [
      "justification",
      (text: string) =>
        post(ValidationFormSchema, { assessmentId, revision: "1", indicatorId: firstSkill.id, level: "2", justification: text }, async (v) => {
          const outcome = await setIndicatorValidation({ assessmentId, revisionNumber: v.revision, indicatorId: v.indicatorId, level: v.level, justification: v.justification }, officer());
          return outcome.kind === "refused" && outcome.refusal === "justification-required" ? { fieldErrors: { justification: t("review.errors.justificationRequired") } } : outcome;
        }),
      "justification",
      "Enter a justification for the validated level.",
    ],
    ["comment", (text: string) => post(CommentFormSchema, { assessmentId, revision: "1", dimensionId: "skills", body: text }, (v) => addReviewComment({ assessmentId, revisionNumber: v.revision, dimensionId: v.dimensionId, body: v.body }, officer())), "body", "Enter a comment."],
    ["return reason", (text: string) => post(ReturnFormSchema, { assessmentId, revision: "1", reason: text }, (v) => returnAssessment({ assessmentId, revisionNumber: v.revision, reason: v.reason }, officer())), "reason", "Enter the reason for returning the assessment."],
  ] as const;

  for (const [what, send, field, requiredMessage] of cases) {
    it(`refuses a ${what} with NUL or a lone surrogate, and one of only zero-width characters, writing nothing`, async () => {
      const before = await footprint();
      for (const text of Object.values(unstorableValues)) {
        expect(await send(text)).toEqual({ [field]: `Remove the invisible control character from the ${what === "return reason" ? "reason" : what}.` });
      }
      expect(await send(zeroWidthOnly)).toEqual({ [field]: requiredMessage });
      expect(await send(` ${zeroWidthOnly}\u2060 `)).toEqual({ [field]: requiredMessage });
      expect(await footprint()).toEqual(before);
    });
  }
});

describe("names, codes and settings", () => {
  const signUp = (overrides: Record<string, string>) =>
    post(
      SignUpSchema,
      { name: "Aminah Yusof", email: `aminah.${crypto.randomUUID().slice(0, 8)}@firm.example`, password: "Correct-Horse-Battery-42", firmName: "Kilang Maju", country: "MY", sector: "22", employees: "40", enrolmentCode: "", ...overrides },
      async (v) => {
        if (v.enrolmentCode) await findProgrammeByEnrolmentCode(v.enrolmentCode);
        return createSmeAccount({ email: v.email, name: v.name, passwordHash: "x", firm: { name: v.firmName, country: v.country, sector: v.sector, employees: v.employees }, programmeId: null });
      },
    );

  it("sign-up refuses a name, firm name or enrolment code that cannot be stored, and blank-looking names", async () => {
    const before = await footprint();
    for (const text of Object.values(unstorableValues)) {
      expect(await signUp({ name: text })).toEqual({ name: unstorable });
      expect(await signUp({ firmName: text })).toEqual({ firmName: unstorable });
      expect(await signUp({ enrolmentCode: text })).toEqual({ enrolmentCode: unstorable });
    }
    expect(await signUp({ name: zeroWidthOnly })).toEqual({ name: "Enter your name." });
    expect(await signUp({ firmName: zeroWidthOnly })).toEqual({ firmName: "Enter your firm's name." });
    expect(await footprint()).toEqual(before);
  });

  it("an admin creating an officer account is refused such a name", async () => {
    const before = await footprint();
    const create = (name: string) =>
      post(NewOfficerSchema, { name, email: "new.officer@agency.example", password: "Correct-Horse-Battery-42" }, (v) => createOfficerAccount({ email: v.email, name: v.name, passwordHash: "x" }, admin()));
    for (const text of Object.values(unstorableValues)) expect(await create(text)).toEqual({ name: unstorable });
    expect(await create(zeroWidthOnly)).toEqual({ name: "Enter your name." });
    expect(await footprint()).toEqual(before);
  });

  it("a firm joining a programme is refused an enrolment code that cannot be stored", async () => {
    const before = await footprint();
    const join = (enrolmentCode: string) =>
      post(JoinProgrammeSchema, { firmId: f.firms.firmB.id, enrolmentCode }, async (v) => {
        const programme = await findProgrammeByEnrolmentCode(v.enrolmentCode);
        if (programme) await enrolFirmInProgramme(v.firmId, programme.id, manager());
      });
    for (const text of Object.values(unstorableValues)) expect(await join(text)).toEqual({ enrolmentCode: unstorable });
    expect(await join(zeroWidthOnly)).toEqual({ enrolmentCode: "Enter this information." });
    expect(await footprint()).toEqual(before);
  });

  it("programme settings refuse a name or questionnaire version that cannot be stored", async () => {
    const before = await footprint();
    const settings = { name: "Johor Smart Factory 2027", country: "MY", questionnaireVersionId: testQuestionnaireVersion.id, enrolmentCode: "JOHOR-2027", opensOn: "", closesOn: "", targets: {}, officerIds: [] };
    const save = (overrides: Record<string, string>) => post(ProgrammeSettingsSchema, { ...settings, ...overrides }, (v) => createProgramme(v, admin()));
    for (const text of Object.values(unstorableValues)) {
      expect(await save({ name: text })).toEqual({ name: unstorable });
      expect(await save({ questionnaireVersionId: text })).toEqual({ questionnaireVersionId: unstorable });
    }
    expect(await save({ name: `${zeroWidthOnly}${zeroWidthOnly}${zeroWidthOnly}` })).toEqual({ name: t("programmes.errors.nameLength") });
    expect(await footprint()).toEqual(before);
  });
});

describe("the catalogue", () => {
  const candidate = (overrides: Partial<Record<keyof CatalogueItem, unknown>>) => {
    const base = structuredClone(getShippedItem("industry4wrd-first-enablers")!) as CatalogueItem;
    return { ...base, id: "hostile-text-grant", relatedItemIds: [], ...overrides };
  };

  it("the item editor refuses texts, ids and related ids that cannot be stored, by field, writing nothing", async () => {
    const before = await footprint();
    for (const text of Object.values(unstorableValues)) {
      const name = await createCatalogueItem(candidate({ name: { en: text, ms: "Geran" } }), admin(), { kind: "all" });
      expect(name.ok === false && name.reason === "invalid" && describeCatalogueIssues(name.issues, t)).toEqual({ "name-en": unstorable });
      const id = await createCatalogueItem(candidate({ id: `grant-${text}` }), admin(), { kind: "all" });
      expect(id.ok === false && id.reason === "invalid" && Object.keys(describeCatalogueIssues(id.issues, t))).toEqual(["id"]);
      const related = await createCatalogueItem(candidate({ relatedItemIds: [text] }), admin(), { kind: "all" });
      expect(related.ok === false && related.reason === "invalid" && Object.keys(describeCatalogueIssues(related.issues, t))).toEqual(["relatedItemIds"]);
    }
    const blank = await createCatalogueItem(candidate({ title: { en: zeroWidthOnly, ms: "Geran" } }), admin(), { kind: "all" });
    expect(blank.ok === false && blank.reason === "invalid" && describeCatalogueIssues(blank.issues, t)).toEqual({ "title-en": t("catalogue.errors.required") });
    expect(await footprint()).toEqual(before);
  });

  it("the admin and officer list drop a search that cannot be stored and show the list", async () => {
    for (const q of ["\u0000", "rubber\u0000", "\ud800"]) {
      const query = CatalogueListQuerySchema.parse({ q });
      expect(query.q).toBeUndefined();
      await expect(listCatalogueSummaries({ search: query.q })).resolves.toMatchObject({ total: expect.any(Number) });
    }
  });
});

describe("signing in", () => {
  const authorize = (email: string) => {
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (credentials: Record<string, string>, request: unknown) => Promise<unknown> } };
    return provider.options.authorize({ email, password: "Readiness-Demo-2026!" }, {});
  };

  it("answers a wrong email for one holding NUL or a lone surrogate, before any query", async () => {
    for (const email of ["a\u0000@x", "admin@agency.example\u0000", "a\ud800@x"]) await expect(authorize(email)).resolves.toBeNull();
  });
});
