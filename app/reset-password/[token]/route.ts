import { NextResponse } from "next/server";
import { isServedOverTls } from "@/lib/auth/served-over-tls";
import { isWellFormedResetToken, PASSWORD_RESET_COOKIE, PASSWORD_RESET_LIFETIME_MS, PASSWORD_RESET_PAGE_PATH } from "@/lib/accounts/reset-token";

type Context = { params: Promise<{ token: string }> };

/**
 * GET /reset-password/:token — the link in the reset email; anyone. Keeps the token in a cookie for
 * the reset page and redirects there, so the token is in no URL the page or its requests show
 * (address bar, history, Referer, the no-JavaScript form post). Whether the token works is decided
 * by the page, which says only "no longer valid" when it does not.
 */
export async function GET(request: Request, context: Context): Promise<Response> {
  const { token } = await context.params;
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: PASSWORD_RESET_PAGE_PATH, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
  const secure = isServedOverTls(request.headers, request.url);
  if (isWellFormedResetToken(token)) {
    // Lax, not Strict: the link is opened from a mail client (another site), and the redirect must still carry it.
    response.cookies.set(PASSWORD_RESET_COOKIE, token, {
      path: PASSWORD_RESET_PAGE_PATH,
      maxAge: PASSWORD_RESET_LIFETIME_MS / 1000,
      httpOnly: true,
      sameSite: "lax",
      secure,
    });
  } else {
    response.cookies.delete({ name: PASSWORD_RESET_COOKIE, path: PASSWORD_RESET_PAGE_PATH });
  }
  return response;
}
