"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { sameHostRefererPath } from "@/lib/auth/callback-url";
import { isSafeLocalPath } from "@/lib/auth/safe-path";
import { isServedOverTls } from "@/lib/auth/served-over-tls";
import { readForm } from "@/lib/forms/read-form";
import { isLocale, localeCookie } from "@/lib/i18n";

const LocaleChoiceSchema = z.object({
  locale: z.string().refine(isLocale),
  // A path the client sent: the one same-site path rule (not "/\evil.example", which browsers read as "//evil.example").
  returnTo: z.string().refine(isSafeLocalPath).default("/"),
});

/** Saves the reader's language for a year; anyone may call it (no account data involved). */
export async function setLocaleAction(formData: FormData) {
  const parsed = LocaleChoiceSchema.safeParse(readForm(formData).input);
  if (!parsed.success) redirect("/");
  const requestHeaders = await headers();
  const secure = isServedOverTls(requestHeaders);
  (await cookies()).set(localeCookie, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true, secure });
  // The page the reader is on: the Referer when the browser sends one (the form's returnTo is what the
  // layout saw at its last full render, which client-side navigation leaves behind).
  redirect(sameHostRefererPath(requestHeaders.get("referer"), requestHeaders.get("host")) ?? parsed.data.returnTo);
}
