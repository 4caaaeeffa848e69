// Which scripts a first visit in each language really fetches (issue 22.5: only the shown language's texts belong
// in the first load). Opens `/?lang=<lang>` once per language in a fresh phone-sized context with the service worker
// blocked (it would precache every language), waits until the network is idle, and lists the JS fetched.
import { openPhone } from './phone.mjs';

/**
 * @typedef {object} LanguageLoad
 * @property {string} url
 * @property {string[]} scripts dist paths of the JS fetched, in request order
 * @property {string[]} localeChunks the locale chunks among them, as `<lang>` names
 * @property {boolean} onlyOwnTexts true when the only locale chunk fetched is the language's own
 * @property {string | null} error
 */

/**
 * @param {{ origin: string, executablePath: string, langs: string[], chunkLang: Map<string, string> }} options
 *   chunkLang: dist path of each locale chunk → its language
 * @returns {Promise<Record<string, LanguageLoad>>}
 */
export async function measureLanguageLoads({ origin, executablePath, langs, chunkLang }) {
  /** @type {Record<string, LanguageLoad>} */
  const out = {};
  for (const lang of langs) {
    const url = `${origin}/?lang=${encodeURIComponent(lang)}`;
    const phone = await openPhone(executablePath, { serviceWorkers: 'block' });
    /** @type {string[]} */
    const scripts = [];
    try {
      const page = await phone.context.newPage();
      page.on('request', (request) => {
        const u = new URL(request.url());
        if (u.origin === origin && u.pathname.endsWith('.js')) scripts.push(u.pathname.slice(1));
      });
      await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
      // The app may start after the first paint and an idle moment (src/shell/boot.ts): give it that moment.
      await page.waitForTimeout(1500);
      await page.waitForLoadState('networkidle');
      const localeChunks = [...new Set(scripts.map((s) => chunkLang.get(s)).filter((l) => l !== undefined))];
      out[lang] = { url, scripts, localeChunks, onlyOwnTexts: localeChunks.length === 1 && localeChunks[0] === lang, error: null };
    } catch (error) {
      out[lang] = { url, scripts, localeChunks: [], onlyOwnTexts: false, error: error instanceof Error ? error.message : String(error) };
    } finally {
      await phone.close();
    }
  }
  return out;
}
