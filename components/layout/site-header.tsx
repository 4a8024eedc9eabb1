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

/**
 * The link to the notifications page with the unread count as a badge. The visible text and badge
 * are hidden from assistive technology, which reads one phrase instead ("Notifications, 3 unread").
 */
function NotificationsLink({ unread, t, current }: { unread: number; t: Translate; current: boolean }) {
  const label = t("notifications.headerLink");
  return (
    <Link href="/notifications" prefetch={false} className="notifications-link" aria-current={current ? "page" : undefined} data-testid="notifications-link">
      {unread > 0 ? (
        <>
          <span aria-hidden="true">
            {label}
            <span className="notifications-badge">{unread > 99 ? "99+" : unread}</span>
          </span>
          <span className="visually-hidden">{t("notifications.headerLinkUnread", { count: unread })}</span>
        </>
      ) : (
        label
      )}
    </Link>
  );
}

// The header is on every page and its pages are rendered per user. Prefetched as they came into
// view, its links made each signed-in page view 7–9 requests to the server instead of 1, and the
// phone decoded the answers while the page was still starting; they load when followed instead.
export function SiteHeader({
  user,
  t,
  pathname,
  signOutAction,
  unreadNotifications = 0,
}: {
  user: HeaderUser;
  t: Translate;
  pathname: string;
  signOutAction: () => Promise<void>;
  /** The signed-in user's unread notifications (countUnreadNotifications), read by the layout. */
  unreadNotifications?: number;
}) {
  const links = user ? navByRole[user.role] : [];
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" prefetch={false} className="brand">
          {t("app.name")}
        </Link>
        {user ? (
          <nav className="site-nav" aria-label={t("nav.main")}>
            <ul>
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} prefetch={false} aria-current={pathname === link.href ? "page" : undefined}>
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
              <NotificationsLink unread={unreadNotifications} t={t} current={pathname === "/notifications"} />
              <span data-testid="signed-in-user">
                {t("nav.signedInAs", { name: user.name })} <span className="role-tag">{t(`roles.${user.role}`)}</span>
              </span>
              <SignOutButton label={t("nav.signOut")} action={signOutAction} />
            </>
          ) : (
            <>
              <Link href="/sign-in" prefetch={false}>
                {t("nav.signIn")}
              </Link>
              <Link href="/sign-up" prefetch={false}>
                {t("nav.signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
