// Types for match.mjs, plain JavaScript so the benchmark's server can load it without a build.
import type { RedirectRule } from './rewrites.d.mts';

/** The `to` of the first status-200 rule matching the path and query, or undefined. */
export function findRewrite(rules: readonly RedirectRule[], pathname: string, search: string): string | undefined;

/** '/checklist/' and '/checklist' are the same path; '/' stays '/'. */
export function trimSlash(path: string): string;
