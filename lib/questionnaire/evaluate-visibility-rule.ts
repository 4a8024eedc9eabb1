import type { ProfileValue } from "./answer-set";
import type { VisibilityRule } from "./visibility-rule";

/**
 * `readValue` returns undefined for an unanswered question and for one that is itself
 * hidden, so a rule never depends on an answer the firm can no longer see.
 */
export function evaluateVisibilityRule(
  rule: VisibilityRule,
  readValue: (questionId: string) => ProfileValue | undefined,
): boolean {
  switch (rule.op) {
    case "equals": {
      const value = readValue(rule.questionId);
      return !Array.isArray(value) && value !== undefined && value === rule.value;
    }
    case "in": {
      const value = readValue(rule.questionId);
      return (typeof value === "string" || typeof value === "number") && rule.values.includes(value);
    }
    case "includes": {
      const value = readValue(rule.questionId);
      return Array.isArray(value) && value.includes(rule.value);
    }
    case "all":
      return rule.rules.every((child) => evaluateVisibilityRule(child, readValue));
    case "any":
      return rule.rules.some((child) => evaluateVisibilityRule(child, readValue));
    case "not":
      return !evaluateVisibilityRule(rule.rule, readValue);
  }
}
