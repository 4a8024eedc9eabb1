// Debian's Chromium (Playwright cannot download browsers on this kind of machine) and the flags
// every test and benchmark launches it with: no sandbox (runs as root), and nothing that reaches
// for the network or updates itself in the background.
import { devices, type Project } from "@playwright/test";

export const chromiumPath = "/usr/bin/chromium";
export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** The one Playwright project of every config: desktop Chrome's viewport in Debian's Chromium. */
export const chromiumProject: Project = {
  name: "chromium",
  use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
};
