import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

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
];

const config = [
  { ignores: [".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures receive a function named `use`; it is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
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
