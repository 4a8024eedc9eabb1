import Link from "next/link";
import type { Role } from "@/lib/auth/roles";
import type { MessageKey, Translate } from "@/lib/i18n";
import { SignOutButton } from "@/components/auth/sign-out-button";

const navByRole: Record<Role, { href: string; label: MessageKey }[]> = {
  sme: [
    { href: "/dashboard", label: "nav.dashboard" },
    { href: "/account", label: "nav.account" },
  ],
  officer: [
    { href: "/officer", label: "nav.officerHome" },
    { href: "/officer/catalogue", label: "nav.catalogue" },
    { href: "/account", label: "nav.account" },
  ],
  admin: [
    { href: "/admin", label: "nav.adminHome" },
    { href: "/admin/users", label: "nav.adminUsers" },
    { href: "/admin/programmes", label: "nav.adminProgrammes" },
    { href: "/admin/catalogue", label: "nav.catalogue" },
    { href: "/account", label: "nav.account" },
  ],
};

type HeaderUser = { name: string; role: Role } | null;

export function SiteHeader({
  user,
  t,
  pathname,
  signOutAction,
}: {
  user: HeaderUser;
  t: Translate;
  pathname: string;
  signOutAction: () => Promise<void>;
}) {
  const links = user ? navByRole[user.role] : [];
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          {t("app.name")}
        </Link>
        {user ? (
          <nav className="site-nav" aria-label={t("nav.main")}>
            <ul>
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} aria-current={pathname === link.href ? "page" : undefined}>
                    {t(link.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <div className="user-box">
          {user ? (
            <>
              <span data-testid="signed-in-user">
                {t("nav.signedInAs", { name: user.name })} <span className="role-tag">{t(`roles.${user.role}`)}</span>
              </span>
              <SignOutButton label={t("nav.signOut")} action={signOutAction} />
            </>
          ) : (
            <>
              <Link href="/sign-in">{t("nav.signIn")}</Link>
              <Link href="/sign-up">{t("nav.signUp")}</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
