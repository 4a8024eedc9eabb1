import { NextResponse } from "next/server";
import { isServedOverTls } from "@/lib/auth/served-over-tls";
import { INVITATION_COOKIE, INVITATION_COOKIE_PATH, INVITATION_LIFETIME_MS, INVITATION_PAGE_PATH, isWellFormedInvitationToken } from "@/lib/firms/invitation";

type Context = { params: Promise<{ token: string }> };

/**
 * GET /invitations/:token — the link in the invitation email; anyone. Keeps the token in a cookie
 * for the invitation page and redirects there (as the password-reset link does), so the token is in
 * no URL the page or its requests show. The page decides whether the invitation still works.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { token } = await context.params;
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: INVITATION_PAGE_PATH, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
  if (isWellFormedInvitationToken(token)) {
    // Lax, not Strict: the link is opened from a mail client (another site), and the redirect must still carry it.
    response.cookies.set(INVITATION_COOKIE, token, {
      path: INVITATION_COOKIE_PATH,
      maxAge: INVITATION_LIFETIME_MS / 1000,
      httpOnly: true,
      sameSite: "lax",
      secure: isServedOverTls(request.headers, request.url),
    });
  } else {
    response.cookies.delete({ name: INVITATION_COOKIE, path: INVITATION_COOKIE_PATH });
  }
  return response;
}
