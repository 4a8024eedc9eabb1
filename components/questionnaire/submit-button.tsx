"use client";

import { useFormStatus } from "react-dom";

/** Disabled while the form is being sent, so an impatient second click does nothing visible. */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
