// Types for rewrites.mjs, which stays plain JavaScript so vite.config.ts and the benchmark can load it without a build.

/** One `_redirects` line: `from [key=value …] to status[!]`; `force` is the `!`. */
export interface RedirectRule {
  from: string;
  query: Record<string, string>;
  to: string;
  status: number;
  force: boolean;
}

/** Throws on any line outside the supported subset, naming its 1-based line number. */
export function parseRedirects(text: string): RedirectRule[];

/** The `_redirects` text (header lines as `# ` comments, trailing newline); throws if a rule would not read back. */
export function formatRedirects(rules: RedirectRule[], header?: string): string;

/** The `to` of the first status-200 rule matching the path and query, or undefined. */
export function findRewrite(rules: RedirectRule[], pathname: string, search: string): string | undefined;

/** Connect-style middleware for `vite preview`; a no-op when `<outDir>/_redirects` is missing. */
export function rewriteMiddleware(
  outDir: string,
): (req: { method?: string; url?: string }, res: unknown, next: (error?: unknown) => void) => void;

/** Reads and parses a `_redirects` file; a missing file gives no rules. */
export function readRedirects(file: string): Promise<RedirectRule[]>;
