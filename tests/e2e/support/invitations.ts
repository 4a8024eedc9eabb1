import { expect, type Page } from "@playwright/test";

/** The invitation link of the newest email to `address` in the admin's outbox (the outbox holds mail without SMTP). */
export async function invitationLinkFromOutbox(admin: Page, address: string): Promise<string> {
  const email = admin.getByTestId("outbox-email").filter({ hasText: address });
  await expect(async () => {
    await admin.goto("/admin/outbox");
    await expect(email).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await email.getByText("Show the text").click();
  const text = (await email.locator("pre").textContent()) ?? "";
  const link = /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(link, `an invitation link in:\n${text}`).toBeTruthy();
  return link!;
}
