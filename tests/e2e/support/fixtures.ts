import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { demo, demoCredentials, type Credentials } from "./accounts";
import { signInWithApi } from "./auth";

// One fixture per role: a page in its own browser context, signed in as that role's demo account
// with a session of its own (signing out in one test never ends another test's session).

type RoleFixtures = {
  /** Administrator (admin@adp-readiness.example). */
  asAdmin: Page;
  /** Programme officer of the Penang cohort. */
  asOfficer: Page;
  /** Programme officer of the Selangor pilot: the other officer, for cross-tenant checks. */
  asOtherOfficer: Page;
  /** SME manager of Plastik Maju (Penang cohort). */
  asSme: Page;
  /** SME manager of Seri Jaya Foods (Selangor pilot): the other firm, for cross-tenant checks. */
  asOtherSme: Page;
  /** Opens a new browser context (same options as the test's) and signs in with any credentials. */
  signedInPage: (credentials: Credentials) => Promise<Page>;
};

export async function openSignedInPage(browser: Browser, baseURL: string | undefined, credentials: Credentials): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  await signInWithApi(context.request, credentials);
  return context.newPage();
}

export const test = base.extend<RoleFixtures>({
  signedInPage: async ({ browser, baseURL }, use) => {
    const pages: Page[] = [];
    await use(async (credentials) => {
      const page = await openSignedInPage(browser, baseURL, credentials);
      pages.push(page);
      return page;
    });
    await Promise.all(pages.map((page) => page.context().close()));
  },
  asAdmin: async ({ signedInPage }, use) => use(await signedInPage(demoCredentials(demo.admin))),
  asOfficer: async ({ signedInPage }, use) => use(await signedInPage(demoCredentials(demo.penangOfficer))),
  asOtherOfficer: async ({ signedInPage }, use) => use(await signedInPage(demoCredentials(demo.selangorOfficer))),
  asSme: async ({ signedInPage }, use) => use(await signedInPage(demoCredentials(demo.plastikMajuManager))),
  asOtherSme: async ({ signedInPage }, use) => use(await signedInPage(demoCredentials(demo.seriJayaManager))),
});

export { expect };
