import { expect, type Page } from "@playwright/test";
import { strongPassword, uniqueEmail, type Credentials } from "./accounts";

export type NewSme = Credentials & { name: string; firmName: string; enrolmentCode: string };

export type SignUpInput = {
  name: string;
  email: string;
  password: string;
  firmName: string;
  /** Option value (ISO country code) or "" to leave the placeholder. */
  country: string;
  /** Option value (ISIC division) or "" to leave the placeholder. */
  sector: string;
  employees: string;
  enrolmentCode: string;
};

/** Valid sign-up answers with a unique email and firm name; override any field. */
export function newSmeInput(purpose: string, overrides: Partial<SignUpInput> = {}): SignUpInput {
  const email = uniqueEmail(purpose);
  const suffix = email.split("@")[0]!.split("-").pop();
  return {
    name: `E2E Manager ${suffix}`,
    email,
    password: strongPassword(),
    firmName: `E2E Firm ${suffix} Sdn Bhd`,
    country: "MY",
    sector: "22",
    employees: "40",
    enrolmentCode: "",
    ...overrides,
  };
}

/** Fills the sign-up form on the current page and submits it. */
export async function fillSignUpForm(page: Page, input: SignUpInput): Promise<void> {
  await page.getByLabel("Your full name").fill(input.name);
  await page.getByLabel("Work email address").fill(input.email);
  await page.getByLabel("Password", { exact: true }).fill(input.password);
  await page.getByLabel("Firm name").fill(input.firmName);
  await page.getByLabel("Country").selectOption(input.country);
  await page.getByLabel("Main activity").selectOption(input.sector);
  await page.getByLabel("Number of employees").fill(input.employees);
  await page.getByLabel("Programme enrolment code").fill(input.enrolmentCode);
  await page.getByRole("button", { name: "Create account", exact: true }).click();
}

/**
 * Signs up a fresh SME manager through the sign-up page: sign-up signs the manager in and lands on
 * the dashboard. The browser then drops that session's cookie (quicker than signing out), so
 * callers choose how, and in which browser, to sign in: the page is left not signed in.
 */
export async function signUpSme(page: Page, purpose: string, overrides: Partial<SignUpInput> = {}): Promise<NewSme> {
  const input = newSmeInput(purpose, overrides);
  await page.goto("/sign-up");
  await fillSignUpForm(page, input);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("signed-in-user")).toContainText(input.name);
  await page.context().clearCookies({ name: /next-auth\.session-token/ });
  return { email: input.email, password: input.password, name: input.name, firmName: input.firmName, enrolmentCode: input.enrolmentCode };
}
