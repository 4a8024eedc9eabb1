import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import security from "eslint-plugin-security";

// Next's recommended rules plus the layering rule of the brief: pure domain modules import
// nothing from the framework, the database or the UI.
const pureModules = [
  "lib/questionnaire/**",
  "lib/scoring/**",
  "lib/recommender/**",
  "lib/catalogue/**",
  "lib/cohort/**",
  "lib/review/**",
  "lib/programmes/**",
  "lib/queue/**",
  "lib/export/**",
  "lib/notifications/**",
  "lib/accounts/**",
  "lib/report/**",
  "lib/assessments/**",
  "lib/text/**",
  "lib/http/**",
  "lib/firms/**",
  "lib/rating/**",
];

// eslint-plugin-security's recommended rules, as errors. detect-object-injection is off: it flags every
// `record[key]`, and our keys are typed unions or zod-parsed input (no prototype-polluting merge).
const securityRules = Object.fromEntries(Object.keys(security.configs.recommended.rules).map((rule) => [rule, "error"]));
securityRules["security/detect-object-injection"] = "off";

// Raw SQL lives in lib/db only: elsewhere the database drivers and drizzle's `sql` tag are not importable
// (tests/unit/security/raw-sql.test.ts also scans the source for SQL text).
const rawSqlImports = {
  paths: [
    { name: "drizzle-orm", importNames: ["sql"], message: "Raw SQL belongs in lib/db/queries/*.ts." },
    { name: "pg", message: "Database access belongs in lib/db." },
  ],
  patterns: [{ group: ["@electric-sql/*", "drizzle-orm/node-postgres", "drizzle-orm/pglite", "drizzle-orm/sql*"], message: "Database access belongs in lib/db." }],
};

const config = [
  { ignores: [".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { plugins: { security }, rules: securityRules },
  {
    // Tests, scripts and benchmarks read files and build patterns from their own fixtures and
    // operator-given paths, never from a request.
    files: ["tests/**", "scripts/**", "bench/**"],
    rules: {
      "security/detect-non-literal-fs-filename": "off",
      "security/detect-non-literal-regexp": "off",
      "security/detect-child-process": "off",
    },
  },
  {
    // Tests match regexes against the app's own output, not attacker-controlled input.
    files: ["tests/**"],
    rules: { "security/detect-unsafe-regex": "off" },
  },
  {
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    ignores: ["lib/db/**"],
    rules: { "no-restricted-imports": ["error", rawSqlImports] },
  },
  {
    // Playwright fixtures receive a function named `use`; it is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Dates and numbers a reader sees go through lib/i18n/format.ts (their language, the display time zone).
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/i18n/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["DateTimeFormat", "NumberFormat", "RelativeTimeFormat"].map((property) => ({ object: "Intl", property, message: "Use the formats of lib/i18n/format.ts (getFormats() on the server)." })),
        ...["toLocaleString", "toLocaleDateString", "toLocaleTimeString"].map((property) => ({ property, message: "Use the formats of lib/i18n/format.ts (getFormats() on the server)." })),
      ],
    },
  },
  {
    files: pureModules,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "next-auth", "next-auth/*"], message: "Pure domain modules must not import the framework." },
            { group: ["drizzle-orm", "drizzle-orm/*", "pg", "@electric-sql/*", "@/lib/db/*", "@/lib/auth/*", "server-only"], message: "Pure domain modules must not touch the database or auth." },
            { group: ["@/components/*", "@/app/*"], message: "Pure domain modules must not import UI code." },
          ],
        },
      ],
    },
  },
];

export default config;
