"use client";

import { useEffect, useId, useRef } from "react";

export type FieldErrorItem = { fieldId: string; message: string; href?: string };

/**
 * Lists every error with a link to its field, and takes focus so screen readers announce it. It
 * takes focus again when focusKey changes (a new submit), not on every render.
 */
export function ErrorSummary({ title, errors, focusKey }: { title: string; errors: FieldErrorItem[]; focusKey?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // A page of several forms may show more than one summary: each title needs its own id.
  const titleId = useId();
  const hasErrors = errors.length > 0;
  const key = focusKey ?? errors.map((error) => error.fieldId + error.message).join("|");
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, key]);
  if (!hasErrors) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <h2 id={titleId}>{title}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={error.href ?? `#${error.fieldId}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
