// Types of sizes.mjs, for the unit tests (the benchmark is plain JavaScript checked by JSDoc).

/** What the page's inline scripts (not data blocks) pass to import(). */
export function inlineScriptImports(html: string): string[];
