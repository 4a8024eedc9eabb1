import Link from "next/link";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { setLocaleAction } from "@/app/actions/locale";
import { signOutAction } from "@/app/actions/sign-out";
import { PaletteStyle } from "@/components/charts/palette-style";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/db/queries/notifications";
import { getLocale, getTranslator } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ADP Readiness", template: "%s · ADP Readiness" },
  description: "Assess how ready your manufacturing firm is to adopt advanced digital production technologies.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f6c" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [user, locale, t, requestHeaders] = await Promise.all([getCurrentUser(), getLocale(), getTranslator(), headers()]);
  const pathname = requestHeaders.get("x-pathname") ?? "/";
  const returnTo = requestHeaders.get("x-url-path") ?? pathname;
  const unreadNotifications = user ? await countUnreadNotifications(user.id) : 0;
  return (
    <html lang={locale}>
      <head>
        <PaletteStyle />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t("app.skipToContent")}
        </a>
        <SiteHeader user={user} t={t} pathname={pathname} signOutAction={signOutAction} unreadNotifications={unreadNotifications} />
        <main id="main" tabIndex={-1}>
          <div className="container page">{children}</div>
        </main>
        <footer className="site-footer">
          <div className="container">
            <p className="muted">{t("app.footerNote")}</p>
            <p>
              {/* On every page: loaded when followed, not prefetched with each page view (see SiteHeader). */}
              <Link href="/accessibility" prefetch={false}>
                {t("accessibility.footerLink")}
              </Link>
            </p>
            <LanguageSwitcher current={locale} label={t("app.languageLabel")} submitLabel={t("app.languageSubmit")} returnTo={returnTo} action={setLocaleAction} />
          </div>
        </footer>
      </body>
    </html>
  );
}
