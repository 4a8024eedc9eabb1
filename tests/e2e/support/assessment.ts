import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import type { AnswerPatch } from "@/lib/questionnaire/answer-set";
import { v1English } from "@/lib/questionnaire/versions/v1/en";
import { v1Structure } from "@/lib/questionnaire/versions/v1/structure";
import { demo } from "./accounts";
import { signInThroughForm } from "./auth";
import { signUpSme, type NewSme, type SignUpInput } from "./sign-up";

// Shared steps and data for the assessment journeys: the v1 questionnaire as the SME manager
// sees it (titles, questions, level labels in English), starting a draft from the dashboard, and
// building answers through the autosave API when a spec is about something other than typing them.

export type Indicator = { id: string; question: string; levels: string[] };
export type Dimension = { id: string; factorId: string; title: string; indicators: Indicator[] };

const text = v1English;

export const profileText = text.profile;
export const sectionTitles = Object.fromEntries(Object.entries(text.sections).map(([id, section]) => [id, section.title])) as Record<string, string>;
export const questionnaireTitle = text.title;

/** Every dimension of v1 in page order; the services module only when the firm offers services. */
export function listDimensions({ services }: { services: boolean }): Dimension[] {
  return v1Structure.factors
    .filter((factor) => services || factor.id !== "services")
    .flatMap((factor) =>
      factor.dimensions.map((dimension) => ({
        id: dimension.id,
        factorId: factor.id,
        title: text.dimensions[dimension.id]!.title,
        indicators: dimension.indicators.map(({ id }) => ({
          id,
          question: text.indicators[id]!.question,
          levels: text.indicators[id]!.levels.map((level, index) => `${index} – ${level.label}`),
        })),
      })),
    );
}

export function findDimension(id: string): Dimension {
  const dimension = listDimensions({ services: true }).find((d) => d.id === id);
  if (!dimension) throw new Error(`no dimension ${id} in v1`);
  return dimension;
}

/** Pages in the questionnaire: profile, one per dimension, targets. */
export const pageCount = ({ services }: { services: boolean }) => listDimensions({ services }).length + 2;

/** The level a spec picks for the n-th indicator: every level 0–5 gets used. */
export const levelFor = (indicatorIndex: number) => (indicatorIndex * 5 + 2) % 6;

/** How the check page and the submitted record show a rating. */
export const shownLevel = (indicator: Indicator, level: number) => `Level ${indicator.levels[level]}`;

/** The radio of one level, named by its label ("3 – Established …", the descriptor follows). */
export function levelRadio(group: Locator, indicator: Indicator, level: number): Locator {
  return group.getByRole("radio", { name: new RegExp(`^${escapeRegExp(indicator.levels[level]!)}`) });
}

/** An indicator's radio group, named by its question. */
export function indicatorGroup(page: Page, indicator: Indicator): Locator {
  return page.getByRole("group", { name: indicator.question, exact: true });
}

/** The optional note of an indicator: its toggle (a <details> summary) and its text box once open. */
export function indicatorNote(page: Page, indicator: Indicator): { toggle: Locator; textbox: Locator } {
  const block = page.locator(".indicator").filter({ has: indicatorGroup(page, indicator) });
  return { toggle: block.locator("summary"), textbox: block.getByRole("textbox", { name: "Add a note (optional)" }) };
}

/** The autosave status line (role=status) a question page shows. */
export const saveStatus = (page: Page) => page.getByTestId("save-status");

export const offlineMessage = "Offline – will save when you are back online";

/** The localStorage key of the offline queue of one assessment (components/questionnaire/autosave-island.tsx). */
export const pendingAnswersKey = (assessmentId: string) => `adp:pending-answers:${assessmentId}`;

export function assessmentIdFrom(url: string): string {
  const id = /\/assessments\/([0-9a-f-]{36})/.exec(url)?.[1];
  if (!id) throw new Error(`no assessment id in ${url}`);
  return id;
}

/** From the signed-in dashboard, starts a draft for the only firm and returns its id once its first page shows. */
export async function startAssessment(page: Page): Promise<string> {
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Start a new assessment" }).click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}\/profile/);
  await expect(page.getByRole("heading", { level: 1, name: sectionTitles.profile })).toBeVisible();
  return assessmentIdFrom(page.url());
}

/** Signs up a fresh firm, signs in and starts a draft whose profile (no services module) is answered through the API. */
export async function openDraft(page: Page, purpose: string): Promise<{ sme: NewSme; assessmentId: string }> {
  const sme = await signUpSme(page, purpose);
  await signInThroughForm(page, sme);
  const assessmentId = await startAssessment(page);
  await saveAnswersThroughApi(page.request, assessmentId, { profile: profilePatch({ offersServices: false }) });
  return { sme, assessmentId };
}

/** Opens one dimension page of a draft and waits for its heading. */
export async function openDimensionPage(page: Page, assessmentId: string, dimension: Dimension): Promise<void> {
  await page.goto(`/assessments/${assessmentId}/${dimension.id}`);
  await expect(page.getByRole("heading", { level: 1, name: dimension.title })).toBeVisible();
}

export type ProfileChoices = { offersServices: boolean };

/**
 * Answers the profile questions sign-up did not already ask, on the profile page, with the mouse.
 * Leaves the page without saving it: the caller picks the button.
 */
export async function answerProfile(page: Page, { offersServices }: ProfileChoices): Promise<void> {
  await page.getByRole("group", { name: profileText.turnover!.label }).getByRole("radio", { name: "USD 1 million to 5 million" }).check();
  await page.getByRole("group", { name: profileText.exports!.label }).getByRole("radio", { name: "No" }).check();
  await page
    .getByRole("group", { name: profileText["offers-services"]!.label })
    .getByRole("radio", { name: offersServices ? "Yes" : "No" })
    .check();
  await page.getByRole("checkbox", { name: "Industrial sensors" }).check();
  await page.getByRole("checkbox", { name: "Lack of funds" }).check();
}

/** Profile answers for the API, matching answerProfile. */
export function profilePatch({ offersServices }: ProfileChoices): NonNullable<AnswerPatch["profile"]> {
  return { turnover: "1m-5m", exports: false, "offers-services": offersServices, technologies: ["industrial-sensors"], challenges: ["funding"] };
}

/** Ratings for the given dimensions, picked by levelFor in page order. */
export function levelsPatch(dimensions: Dimension[]): Record<string, number> {
  const indicators = dimensions.flatMap((d) => d.indicators);
  return Object.fromEntries(indicators.map((indicator, index) => [indicator.id, levelFor(index)]));
}

/**
 * Saves answers through the autosave API (PUT /api/assessments/:id/answers) with the caller's
 * session, for setting up what a spec is not about. Asks the server for the current version
 * first (a stale request answers 409 with it), as the autosave island does after a conflict.
 */
export async function saveAnswersThroughApi(request: APIRequestContext, assessmentId: string, patch: AnswerPatch): Promise<void> {
  const url = `/api/assessments/${assessmentId}/answers`;
  const probe = await request.put(url, { data: { baseVersion: 0, patch: {} } });
  const { version } = (await probe.json()) as { version?: number };
  expect(typeof version, `PUT ${url} tells the current version (HTTP ${probe.status()})`).toBe("number");
  const response = await request.put(url, { data: { baseVersion: version, patch } });
  expect(response.status(), `PUT ${url}: ${await response.text()}`).toBe(200);
}

/** Confirms and submits a complete draft from its check page, as the manager does, and waits for the submitted record. */
export async function submitFromCheckPage(page: Page, assessmentId: string): Promise<void> {
  await page.goto(`/assessments/${assessmentId}/check`);
  await page.getByRole("checkbox", { name: /^I confirm/ }).check();
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}\\?submitted=1$`));
}

/** Answers every question of a signed-in manager's draft (no services module) through the API, then submits it from the check page. */
export async function answerAllAndSubmit(page: Page, assessmentId: string): Promise<void> {
  await saveAnswersThroughApi(page.request, assessmentId, { profile: profilePatch({ offersServices: false }), levels: levelsPatch(listDimensions({ services: false })) });
  await submitFromCheckPage(page, assessmentId);
}

/**
 * A fresh firm in the Penang programme whose manager signs up, signs in, answers every question
 * and submits: the set-up of every journey that starts from a submitted assessment.
 */
export async function submitCompleteAssessment(
  page: Page,
  purpose: string,
  overrides: Partial<SignUpInput> = {},
): Promise<{ sme: NewSme; assessmentId: string }> {
  const sme = await signUpSme(page, purpose, { enrolmentCode: demo.penangProgramme.enrolmentCode, ...overrides });
  await signInThroughForm(page, sme);
  const assessmentId = await startAssessment(page);
  await answerAllAndSubmit(page, assessmentId);
  return { sme, assessmentId };
}

/** The answer shown next to a question on the check page or the submitted record. */
export function shownAnswer(page: Page, question: string): Locator {
  return page.locator("dt").filter({ hasText: new RegExp(`^${escapeRegExp(question)}$`) }).locator("xpath=following-sibling::dd[1]");
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
