"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { TextField } from "@/components/forms/field";

export type SignInLabels = {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  tooManyAttempts: string;
  failed: string;
};

/** Posts credentials through next-auth and reports the outcome in words, never a blank failure. */
export function SignInForm({
  labels,
  callbackUrl,
  initialError,
  initialEmail,
}: {
  labels: SignInLabels;
  callbackUrl: string;
  initialError?: string;
  initialEmail?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
        callbackUrl,
      });
      if (result?.status === 429 || result?.error === "TooManyAttempts") setError(labels.tooManyAttempts);
      else if (!result || result.error) setError(labels.invalid);
      else {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
    } catch {
      setError(labels.failed);
    }
    setPending(false);
  }

  return (
    <form className="form" method="post" onSubmit={onSubmit} noValidate>
      {error ? (
        <div className="error-summary" role="alert" id="sign-in-error">
          <p>{error}</p>
        </div>
      ) : null}
      <TextField id="email" name="email" type="email" label={labels.email} autoComplete="username" defaultValue={initialEmail} required />
      <TextField id="password" name="password" type="password" label={labels.password} autoComplete="current-password" required />
      <button type="submit" className="button" disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
