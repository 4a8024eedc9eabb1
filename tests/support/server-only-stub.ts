// Vitest runs outside React Server Components; the real "server-only" marker throws there.
export {};
