import type { Page } from "@playwright/test";
import { demo } from "./support/accounts";
import {
  findDimension,
  indicatorGroup,
  levelRadio,
  levelsPatch,
  listDimensions,
  openDimensionPage,
  profilePatch,
  saveAnswersThroughApi,
  saveStatus,
  shownLevel,
  startAssessment,
  submitFromCheckPage,
  type Indicator,
} from "./support/assessment";
import { signInThroughForm } from "./support/auth";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signUpSme } from "./support/sign-up";

// Who answered what (issue 19): the manager's answers carry their name and date under each
// indicator, an indicator's history lists every change newest first (a <details>, no script
// needed), and the officer's review page names who gave each level of the submitted revision.

const skills = findDimension("skills");
const first = skills.indicators[0] as Indicator;
// levelsPatch rates the first skills question 2 (see levelFor).
const initialLevel = 2;
const changedLevel = 4;
const onADay = String.raw`\d{1,2} \S+ \d{4}`;

const indicatorBlock = (page: Page, indicator: Indicator) => page.locator(".indicator").filter({ has: indicatorGroup(page, indicator) });

test("the question page says who gave each level and lists its history; the officer's review page names the author", async ({ page, asOfficer: officer }) => {
  test.setTimeout(180_000);
  const sme = await signUpSme(page, "authorship", { enrolmentCode: demo.penangProgramme.enrolmentCode });
  await signInThroughForm(page, sme);
  const assessmentId = await startAssessment(page);
  await saveAnswersThroughApi(page.request, assessmentId, { profile: profilePatch({ offersServices: false }), levels: levelsPatch(listDimensions({ services: false })) });

  await openDimensionPage(page, assessmentId, skills);
  const block = indicatorBlock(page, first);
  await expect(block.getByTestId("answer-author")).toHaveText(new RegExp(`^Level ${initialLevel} — ${sme.name}, ${onADay}$`));

  // A change on the page (autosaved) becomes the latest answer and the top of the history.
  await levelRadio(indicatorGroup(page, first), first, changedLevel).check();
  await expect(saveStatus(page)).toHaveText("Saved");
  await page.reload();
  await expect(block.getByTestId("answer-author")).toHaveText(new RegExp(`^Level ${changedLevel} — ${sme.name}, ${onADay}$`));
  const history = block.getByTestId("answer-history");
  await history.getByText("History (2)").click();
  await expect(history.getByRole("listitem")).toHaveText([new RegExp(`^${shownLevel(first, changedLevel)} — ${sme.name}, `), new RegExp(`^${shownLevel(first, initialLevel)} — ${sme.name}, `)]);
  await expectNoAxeViolations(page, "question page with an indicator's history open");

  // Submitted: the officer reviewing it sees who answered.
  await submitFromCheckPage(page, assessmentId);
  await officer.goto(`/officer/assessments/${assessmentId}/review`);
  const reviewed = officer.locator(".review-indicator").filter({ has: officer.getByRole("heading", { level: 4, name: first.question, exact: true }) });
  await expect(reviewed.getByTestId("answered-by")).toHaveText(new RegExp(`^Answered by ${sme.name}, `));
});
