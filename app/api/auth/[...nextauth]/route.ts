import NextAuth from "next-auth";
import { SignInEmailSchema } from "@/lib/auth/credential-schemas";
import { readLoginThrottle } from "@/lib/auth/login";
import { authOptions, TOO_MANY_ATTEMPTS } from "@/lib/auth/options";
import { currentClientAddress } from "@/lib/auth/request-client";
import { rejectCrossSite } from "@/lib/auth/same-origin";

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

/** GET /api/auth/* — next-auth's session, csrf and provider endpoints; anyone. */
export async function GET(request: Request, context: RouteContext) {
  return handler(request, context);
}

/** POST /api/auth/* — sign-in and sign-out; anyone, same-origin only; a throttled sign-in (account, address) gets 429. */
export async function POST(request: Request, context: RouteContext) {
  const rejection = rejectCrossSite(request);
  if (rejection) return rejection;
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request.clone().formData().catch(() => null);
    // An email that cannot name an account is left to authorize, which answers "invalid".
    const email = SignInEmailSchema.safeParse(form?.get("email"));
    if (email.success) {
      const throttle = await readLoginThrottle(email.data, currentClientAddress());
      if (throttle.locked) {
        const url = new URL(`/sign-in?error=${TOO_MANY_ATTEMPTS}`, request.url).toString();
        return Response.json(
          { error: TOO_MANY_ATTEMPTS, message: "Too many failed sign-in attempts. Wait 15 minutes and try again.", url },
          { status: 429, headers: { "Retry-After": String(throttle.retryAfterSeconds) } },
        );
      }
    }
  }
  return handler(request, context);
}
