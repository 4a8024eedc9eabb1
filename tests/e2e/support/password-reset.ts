import { expect, type Page } from "@playwright/test";

export const resetAnswer =
  "If an account with that email address exists, a link to reset its password is on its way. The link works once, for 60 minutes. Check your inbox and your spam folder.";

/** Asks for a reset link on the forgotten-password page; resolves with the page's answer. */
export async function requestResetLink(page: Page, email: string): Promise<string> {
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  const answer = page.getByRole("status");
  await expect(answer).toBeVisible();
  return (await answer.textContent()) ?? "";
}

/** The reset link of the newest email to `address` in the admin's outbox (it is written just after the answer). */
export async function resetLinkFromOutbox(admin: Page, address: string): Promise<string> {
  const email = admin.getByTestId("outbox-email").filter({ hasText: address });
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(email).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(email.getByRole("rowheader")).toContainText("Reset your ADP Readiness password / Tetapkan semula kata laluan ADP Readiness anda");
  await email.getByText("Show the text").click();
  const text = (await email.locator("pre").textContent()) ?? "";
  const link = /https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link, `a reset link in:\n${text}`).toBeTruthy();
  return link!;
}
