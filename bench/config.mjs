// Every knob of the benchmark in one place: paths, ports, pages, run counts, the browser and its flags.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root (bench/..). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Scratch space, git-ignored: the build, the generated static page, browser profiles. */
export const TMP_DIR = join(ROOT, 'bench', '.tmp');

/** Where the benchmark builds the app: its own folder, so other people's `dist/` (and their preview servers) are left alone. */
export const OUT_DIR = join(TMP_DIR, 'dist');

/** Where the plain static comparison page is written. */
export const STATIC_DIR = join(TMP_DIR, 'static');

/** Results file, committed with the latest figures. */
export const RESULTS_FILE = join(ROOT, 'bench', 'results.json');

/** Budgets file: the only place budget numbers live. */
export const BUDGETS_FILE = join(ROOT, 'bench', 'budgets.json');

/** The seed pages the static comparison page is generated from. */
export const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');

/** 127.0.0.1 rather than localhost: Node may resolve localhost to ::1 first; both count as a secure context. */
export const HOST = '127.0.0.1';

/** Fixed ports, so results and service-worker origins are comparable from run to run. */
export const APP_PORT = 4319;
export const STATIC_PORT = 4320;

/**
 * The pages Lighthouse measures, one of each page type (issue 19.7), as paths on the app's origin. Checklists of
 * each applicant kind are served their prerendered snapshot (`_redirects`); the question, the counters with a city
 * and the renewal with a date are the route's prerendered page, which the app then turns into the URL's page.
 */
export const PAGES = {
  start: '/',
  'checklist-self': '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self',
  'checklist-legal-rep': '/checklist?city=satte&procedure=renewal&applicant=legal-rep',
  'checklist-proxy': '/checklist?city=satte&procedure=pin-reset&applicant=proxy',
  question: '/checklist?ask=city',
  counters: '/counters?city=satte',
  renewal: '/renewal?expiry=2027-06-15',
  'counter-view': '/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy&view=counter',
};

/** The saved checklist of the offline repeat visit. */
export const OFFLINE_PAGE = PAGES['checklist-self'];

/**
 * What "the checklist is on screen" means for the offline repeat visit: the first selector in this list that
 * the page shows on the online visit is used. `[data-checklist-ready]` is the contract the app should provide
 * (set once the checklist for the URL's parameters is rendered); `main h1` is the fallback until it does.
 */
export const CHECKLIST_READY_SELECTORS = ['[data-checklist-ready]', 'main h1'];

/**
 * Lighthouse runs per page (each figure's median is reported, bench/median.mjs). BENCH_LIGHTHOUSE_RUNS lowers it
 * while developing; a run with fewer than 3 is not the record (its results go to bench/.tmp, no budget is judged).
 */
export const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3);

/** The fewest Lighthouse runs per page whose medians are judged against the budgets. */
export const LIGHTHOUSE_RUNS_FOR_RECORD = 3;

/** Offline repeat-visit renders (the median is reported). */
export const OFFLINE_RUNS = 5;

/** CPU slowdown for the offline render (DevTools `Emulation.setCPUThrottlingRate`). */
export const OFFLINE_CPU_THROTTLE = 4;

/**
 * navigator.languages of every browser the benchmark starts, pinned so results do not depend on the machine.
 * Japanese by default: the pages are prerendered in Japanese, the language of the cities' residents and of the
 * static yardstick page, so both pages are measured as the same reader sees them. An English-first browser gets
 * the same HTML and the app renders English over it once loaded; measure that with BENCH_BROWSER_LANGUAGE=en-US.
 */
export const BROWSER_LANGUAGE = process.env.BENCH_BROWSER_LANGUAGE || 'ja';

/**
 * Opt-in (BENCH_FONT_WARMUP=1), for diagnosis only: each fresh browser first draws neutral Japanese text, so the
 * one-off cost of setting up the system's CJK fonts (about 90–120 ms of the first layout here) is not billed to
 * the page measured. The results then go to bench/.tmp/results-font-warmup.json and no budget is judged: the
 * budgets are judged without it (docs/budgets.md says why and what it changes).
 */
export const FONT_WARMUP = ['1', 'true', 'yes'].includes((process.env.BENCH_FONT_WARMUP ?? '').toLowerCase());

/** The neutral text drawn by the opt-in warm-up (none of the seeds' sentences), regular and bold. */
export const FONT_WARMUP_HTML =
  '<!doctype html><html lang="ja"><meta charset="utf-8"><title>準備</title>' +
  '<p>日本語の文字を表示します。カタカナ、ひらがな、漢字、English 0123.</p><p><b>太字の見出しも表示します。</b></p></html>';

/** Flags for every Chromium the benchmark starts (headless is added by the launcher). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The browser: CHROMIUM_PATH when set, else Debian's Chromium when present, else Playwright's bundled one.
 * @returns {Promise<string>}
 */
export async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { chromium } = await import('@playwright/test');
  return chromium.executablePath();
}
