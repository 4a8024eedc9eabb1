"use client";

import { useEffect, useRef } from "react";

export type FieldErrorItem = { fieldId: string; message: string; href?: string };

/** Lists every error with a link to its field, and takes focus so screen readers announce it. */
export function ErrorSummary({ title, errors }: { title: string; errors: FieldErrorItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{title}</h2>
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
