/** Only same-site paths are followed after sign-in; anything else (//evil, https://…) goes home. */
export function safeCallbackUrl(value: unknown, fallback = "/home"): string {
  if (typeof value !== "string") return fallback;
  return /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback;
}
