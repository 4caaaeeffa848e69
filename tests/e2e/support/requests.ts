import type { BrowserContext } from '@playwright/test';

/** Records every request of a context (pages, workers, chunks) that goes to another origin than `origin`. */
export function recordForeignRequests(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(`${request.resourceType()} ${url}`);
  });
  return foreign;
}
