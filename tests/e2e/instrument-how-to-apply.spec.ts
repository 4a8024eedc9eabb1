import type { Page } from "@playwright/test";
import { demo } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Journey: a support instrument a firm can act on. Plastik Maju's manager opens the results; an
// admin sets the first recommended instrument's closing date 20 days ahead; the firm's card now
// says "Closes in 20 days" and opens to who may apply and the steps. The admin clears the date
// again at the end (a closing date in the future never changes what is recommended, only the badge).

/** A calendar day `days` from today in Kuala Lumpur (UTC+8 all year), as YYYY-MM-DD. */
const malaysianDayFromToday = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function setClosingDate(admin: Page, itemId: string, day: string): Promise<void> {
  await admin.goto(`/admin/catalogue/${itemId}`);
  await admin.getByLabel("Applications close on (optional)").fill(day);
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByRole("status")).toHaveText(/ was saved\.$/);
}

test("a recommended instrument shows when it closes, who may apply and the steps", async ({ asSme: firm, asAdmin: admin }) => {
  test.slow();
  await firm.goto("/dashboard");
  const rows = firm.getByRole("region", { name: demo.plastikMaju.name }).getByRole("table").getByRole("row").filter({ has: firm.getByRole("cell") });
  await rows.first().getByRole("link", { name: "View" }).click();
  await firm.getByRole("link", { name: "See your results" }).click();
  const firstInstrument = firm.getByTestId("support-you-can-use").locator("li.recommendation").first();
  const itemId = await firstInstrument.getAttribute("data-item");
  expect(itemId).toBeTruthy();

  await setClosingDate(admin, itemId!, malaysianDayFromToday(20));
  try {
    await firm.reload();
    const card = firm.locator(`[data-testid="support-you-can-use"] li.recommendation[data-item="${itemId}"]`);
    await expect(card.getByTestId("application-window")).toHaveText("Closes in 20 days");
    await card.getByText("How to apply", { exact: true }).click();
    await expect(card.getByText("Who may apply", { exact: true })).toBeVisible();
    await expect(card.locator(".how-to-apply ol li").first()).toBeVisible();
    await expectNoAxeViolations(firm, "results page with how to apply open");
  } finally {
    await setClosingDate(admin, itemId!, "");
  }
});
