/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WASM database/crypto packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  experimental: {
    // forbidden() and unauthorized() give guards real 403/401 responses.
    authInterrupts: true,
    // Next's default, stated so proxy.ts refuses a bigger action body with the same limit
    // (serverActionBodyLimitBytes in lib/http/server-action-request.ts; a unit test keeps them equal).
    serverActions: { bodySizeLimit: "1mb" },
  },
  async headers() {
    // Static assets bypass the proxy; they still get the basic hardening headers.
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      {
        // Behind a TLS-terminating proxy (X-Forwarded-Proto: https), static assets get HSTS too; pages get it from proxy.ts.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

module.exports = nextConfig;
