import { expect, type APIRequestContext, type APIResponse, type Page, type Response } from "@playwright/test";
import type { Credentials } from "./accounts";

/**
 * Signs in the way the sign-in form does, through next-auth's credentials endpoint with its CSRF
 * token. The request context shares cookies with the browser context it belongs to.
 */
export async function postCredentials(request: APIRequestContext, { email, password }: Credentials): Promise<APIResponse> {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.ok(), "GET /api/auth/csrf").toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/home", json: "true" },
    maxRedirects: 0,
  });
}

/** next-auth answers a failed sign-in with a URL carrying `error=`; a success has none. */
export async function signInSucceeded(response: APIResponse): Promise<boolean> {
  if (response.status() !== 200) return false;
  const { url } = (await response.json()) as { url?: string };
  return typeof url === "string" && !new URL(url).searchParams.has("error");
}

export async function signInWithApi(request: APIRequestContext, credentials: Credentials): Promise<void> {
  const response = await postCredentials(request, credentials);
  expect(await signInSucceeded(response), `sign-in as ${credentials.email}`).toBe(true);
}

/** Signs in through the sign-in page, as a person would, and waits for the signed-in header. */
export async function signInThroughForm(page: Page, { email, password }: Credentials, path = "/sign-in"): Promise<void> {
  await page.goto(path);
  await fillSignInForm(page, { email, password });
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}

/**
 * Fills and submits the sign-in form (its server action, with or without JavaScript); resolves with
 * the form post's response. The outcome is the page's: the signed-in header, or the form's alert.
 */
export async function fillSignInForm(page: Page, { email, password }: Credentials): Promise<Response> {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === "/sign-in" && r.request().method() === "POST"),
    page.getByRole("button", { name: "Sign in", exact: true }).click(),
  ]);
  return response;
}
