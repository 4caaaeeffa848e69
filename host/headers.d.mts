// Types for headers.mjs, which stays plain JavaScript so vite.config.ts can load it without a build.

/** A path (`/*`, `/sw.js`, `/assets/*`) and the headers `_headers` gives it. */
export interface HeaderRule {
  path: string;
  headers: Array<[string, string]>;
}

/** Throws on any line outside the supported subset, naming its 1-based line number. */
export function parseHeaders(text: string): HeaderRule[];

/** Every header of every rule whose path matches, in file order. */
export function headersFor(rules: HeaderRule[], pathname: string): Array<[string, string]>;

/** Connect-style middleware for `vite preview` that sets `<outDir>/_headers`' headers; none when the file is missing. */
export function headersMiddleware(
  outDir: string,
): (req: { url?: string }, res: { setHeader(name: string, value: string): void }, next: (error?: unknown) => void) => void;
