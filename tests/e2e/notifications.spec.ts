import type { Locator, Page } from "@playwright/test";
import { demo } from "./support/accounts";
import { submitCompleteAssessment } from "./support/assessment";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: an SME in the Penang cohort submits an assessment; the cohort's officer sees the unread
// count in the header, finds the submission on the notifications page and marks it read, and the
// count drops. Without SMTP (as here) the officer's email is held in the outbox the admin reads.

/** The header's notifications link, whatever the count. */
const notificationsLink = (page: Page): Locator => page.getByRole("banner").getByTestId("notifications-link");

/** The unread count the header shows (0 when it shows none). */
async function unreadInHeader(page: Page): Promise<number> {
  const badge = notificationsLink(page).locator(".notifications-badge");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

async function expectUnreadInHeader(page: Page, count: number): Promise<void> {
  await expect(notificationsLink(page)).toHaveAccessibleName(count === 0 ? "Notifications" : `Notifications, ${count} unread`);
}

test("an officer is told of a new submission in the app, and its email waits in the admin's outbox", async ({ page, asOfficer: officer, asAdmin: admin }) => {
  // The SME manager joins the Penang cohort and submits a complete assessment.
  const { sme, assessmentId } = await submitCompleteAssessment(page, "notify");
  // Their own submission is no news to them: the one notice they have is that every section was
  // answered (issue 19's "ready to submit", sent to the firm's managers).
  await expectUnreadInHeader(page, 1);

  // The officer sees the count in the header on any page, and follows it.
  await officer.goto("/officer");
  const unread = await unreadInHeader(officer);
  expect(unread, "the officer has at least this submission unread").toBeGreaterThan(0);
  await expectUnreadInHeader(officer, unread);
  await notificationsLink(officer).click();
  await expect(officer).toHaveURL(/\/notifications$/);
  await expect(officer.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();

  const title = `New submission to review: ${sme.firmName}`;
  const item = officer.getByTestId("notification").filter({ has: officer.getByRole("heading", { name: title }) });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Unread");
  await expect(item).toContainText(`${sme.firmName} submitted its readiness assessment in ${demo.penangProgramme.name}.`);
  await expectNoAxeViolations(officer, "notifications page");

  // Marking it read: it says so, the item shows as read, and the header's count drops by one.
  const before = await unreadInHeader(officer);
  const [markRead] = await Promise.all([
    officer.waitForRequest((request) => request.method() === "POST" && new URL(request.url()).pathname === "/notifications"),
    item.getByRole("button", { name: `Mark as read ${title}` }).click(),
  ]);
  await expect(officer.getByRole("status")).toHaveText("The notification was marked as read.");
  await expect(item).toContainText("Read");
  await expect(item).not.toContainText("Unread");
  await expect(item.getByRole("button", { name: /^Mark as read/ })).toHaveCount(0);
  await expectUnreadInHeader(officer, before - 1);

  // The same post from another user (the SME's session) is refused as not found.
  const replay = await page.request.fetch(markRead, { maxRedirects: 0 });
  expect(replay.status(), "another user marks the officer's notification read").toBe(404);

  // Opening it leads the officer to the review of the assessment.
  await item.getByRole("button", { name: title, exact: true }).click();
  await expect(officer).toHaveURL(new RegExp(`/officer/assessments/${assessmentId}/review$`));

  // The admin finds the officer's email, held because SMTP is not configured here.
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Email outbox" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Email outbox" })).toBeVisible();
  await expect(admin.getByText(/Email delivery is not configured \(no SMTP_HOST\)/)).toBeVisible();
  const email = admin.getByTestId("outbox-email").filter({ hasText: sme.firmName }).filter({ hasText: demo.penangOfficer.email });
  await expect(email).toHaveCount(1);
  await expect(email.getByRole("cell", { name: demo.penangOfficer.email })).toBeVisible();
  await expect(email.getByRole("rowheader")).toContainText(`${title} / Penyerahan baharu untuk disemak: ${sme.firmName}`);
  await expect(email).toContainText("Held (not sent)");
  await email.getByText("Show the text").click();
  await expect(email.locator("pre")).toContainText(`/officer/assessments/${assessmentId}/review`);
  await expect(email.locator("pre")).toContainText("Salam sejahtera Tan Wei Ming,");
  await expectNoAxeViolations(admin, "admin outbox");
});

test("only admins read the outbox", async ({ asOfficer: officer, asSme: sme }) => {
  for (const page of [officer, sme]) {
    const response = await page.goto("/admin/outbox");
    expect(response?.status()).toBe(403);
  }
});
