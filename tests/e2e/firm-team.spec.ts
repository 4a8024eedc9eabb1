import { strongPassword, uniqueEmail } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { invitationLinkFromOutbox } from "./support/invitations";
import { signUpSme } from "./support/sign-up";

// The firm's team (issue 19): a manager invites a colleague by email, the colleague joins through
// the emailed link (read from the admin's outbox, as SMTP is not configured here) by creating an
// account without a new firm, lands in the firm and reads its draft; the manager sees them in the
// team and removes them, and the colleague's next page load is refused.

test("a manager invites a colleague, who joins by the emailed link, reads the draft, and loses access once removed", async ({ page, browser, baseURL, asAdmin: admin }) => {
  const manager = await signUpSme(page, "team-manager");
  await signInThroughForm(page, manager);
  await page.getByRole("region", { name: manager.firmName }).getByRole("button", { name: "Start a new assessment" }).click();
  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}\/[^/]+$/);
  const assessmentId = /\/assessments\/([0-9a-f-]{36})/.exec(page.url())![1]!;

  await page.goto("/dashboard");
  await page.getByTestId("dashboard-team-link").click();
  await expect(page.getByRole("heading", { level: 1, name: `Team of ${manager.firmName}` })).toBeVisible();
  const colleagueEmail = uniqueEmail("team-colleague");
  await page.getByLabel("Colleague's work email address").fill(colleagueEmail.toUpperCase());
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText(`An invitation was sent to ${colleagueEmail}.`);
  await expect(page.getByTestId("team-invitations")).toContainText(colleagueEmail);
  await expectNoAxeViolations(page, "team page of a manager");

  // The colleague, in a browser of their own, opens the link: the token leaves the address bar at once.
  const link = await invitationLinkFromOutbox(admin, colleagueEmail);
  const colleague = await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
  await colleague.goto(link);
  await expect(colleague).toHaveURL("/invitations");
  await expect(colleague.getByRole("heading", { level: 1, name: `Join ${manager.firmName}` })).toBeVisible();
  await expect(colleague.getByText(`${manager.name} invited ${colleagueEmail} to join ${manager.firmName} as a contributor.`)).toBeVisible();
  await expect(colleague.getByLabel("Work email address")).toHaveValue(colleagueEmail);
  await expectNoAxeViolations(colleague, "invitation page");
  await colleague.getByLabel("Your full name").fill("Aisyah Colleague");
  await colleague.getByLabel("Password", { exact: true }).fill(strongPassword());
  await colleague.getByRole("button", { name: "Create account and join" }).click();

  // In the firm: its draft, no way to start another or to download the firm's data.
  await expect(colleague).toHaveURL(/\/dashboard\?firm=[0-9a-f-]{36}$/);
  const firmRegion = colleague.getByRole("region", { name: manager.firmName });
  await expect(firmRegion.getByRole("link", { name: "Continue", exact: true })).toBeVisible();
  await expect(firmRegion.getByText("Contributor", { exact: true })).toBeVisible();
  await expect(colleague.getByRole("button", { name: /Start/ })).toHaveCount(0);
  await expect(colleague.getByRole("link", { name: /Download/ })).toHaveCount(0);
  const overview = await colleague.goto(`/assessments/${assessmentId}`);
  expect(overview?.status()).toBe(200);
  // The link worked once: opening it again says so.
  await colleague.goto(link);
  await expect(colleague.getByRole("heading", { level: 1, name: `Join ${manager.firmName}` })).toBeVisible();
  await expect(colleague.getByText(`You are already a member of ${manager.firmName}.`)).toBeVisible();

  // The manager sees the colleague in the team, and removes them.
  await page.reload();
  const row = page.getByTestId("team-members").getByRole("row").filter({ hasText: "Aisyah Colleague" });
  await expect(row).toContainText("Contributor");
  await row.getByRole("button", { name: "Remove Aisyah Colleague from the firm" }).click();
  await expect(page.getByRole("status")).toContainText("The member was removed from the firm.");
  await expect(page.getByTestId("team-members")).not.toContainText("Aisyah Colleague");

  // Their session still works, but the firm is gone from it at the next request.
  const refused = await colleague.goto(`/assessments/${assessmentId}`);
  expect(refused?.status()).toBe(404);
  await expect(colleague.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await colleague.goto("/dashboard");
  await expect(colleague.getByText("You are not a member of any firm at the moment.")).toBeVisible();
  await expect(colleague.getByText(manager.firmName)).toHaveCount(0);
  await colleague.context().close();
});

test("a person with an account joins a second firm by signing in from the invitation, and switches between the firms", async ({ page, browser, baseURL, asAdmin: admin }) => {
  const consultant = await signUpSme(page, "team-consultant");
  const owner = await signUpSme(page, "team-owner");
  await signInThroughForm(page, owner);
  await page.goto("/dashboard");
  await page.getByTestId("dashboard-team-link").click();
  // The only manager has no buttons: the firm would be left without one.
  await expect(page.getByTestId("team-members").getByRole("button")).toHaveCount(0);
  await page.getByLabel("Colleague's work email address").fill(consultant.email);
  await page.getByLabel("Manager").check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText(consultant.email);

  const link = await invitationLinkFromOutbox(admin, consultant.email);
  const other = await (await browser.newContext({ baseURL, locale: "en-GB" })).newPage();
  await other.goto(link);
  await other.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  // The link is a client-side navigation: fill the form once the sign-in page has replaced the invitation's.
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Finvitations$/);
  await expect(other.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await other.getByLabel("Email address").fill(consultant.email);
  await other.getByLabel("Password", { exact: true }).fill(consultant.password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL("/invitations");
  await other.getByRole("button", { name: `Join ${owner.firmName}` }).click();

  // Now in two firms: the one just joined is shown, the other one is a choice away (a plain GET form).
  await expect(other).toHaveURL(/\/dashboard\?firm=[0-9a-f-]{36}$/);
  await expect(other.getByRole("heading", { level: 2, name: owner.firmName })).toBeVisible();
  await expect(other.getByRole("heading", { level: 2, name: consultant.firmName })).toHaveCount(0);
  await expectNoAxeViolations(other, "dashboard with the firm switcher");
  await other.getByLabel("Firm", { exact: true }).selectOption({ label: consultant.firmName });
  await other.getByRole("button", { name: "Show" }).click();
  await expect(other.getByRole("heading", { level: 2, name: consultant.firmName })).toBeVisible();

  // As a manager of the owner's firm they may demote the owner, who then sees the team read-only.
  await other.goto("/dashboard");
  await other.getByLabel("Firm", { exact: true }).selectOption({ label: owner.firmName });
  await other.getByRole("button", { name: "Show" }).click();
  await other.getByTestId("dashboard-team-link").click();
  await other.getByRole("button", { name: `Make contributor for ${owner.name}` }).click();
  await expect(other.getByRole("status")).toContainText(`${owner.name} is now a contributor.`);
  await page.reload();
  await expect(page.getByText("You are a contributor in this firm.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await other.context().close();
});
