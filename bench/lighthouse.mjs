// Lighthouse (npm package, programmatic API) against a Chromium this module starts itself, one fresh browser and
// profile per run. Lighthouse's defaults throughout: mobile form factor, simulated throttling.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { BROWSER_LANGUAGE, CHROMIUM_FLAGS, FONT_WARMUP, FONT_WARMUP_HTML, HOST } from './config.mjs';
import { onExitKill } from './cleanup.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * Starts headless Chromium with a DevTools port (picked by Chromium, read from DevToolsActivePort).
 * @param {{ executablePath: string, profileDir: string }} options
 * @returns {Promise<{ port: number, kill: () => Promise<void> }>}
 */
export async function launchChromium({ executablePath, profileDir }) {
  await rm(profileDir, { recursive: true, force: true });
  await mkdir(profileDir, { recursive: true });
  const args = [
    '--headless=new',
    ...CHROMIUM_FLAGS,
    '--remote-debugging-port=0',
    `--user-data-dir=${profileDir}`,
    `--accept-lang=${BROWSER_LANGUAGE}`,
    '--no-first-run',
    '--no-default-browser-check',
    'about:blank',
  ];
  // Its own process group, so the whole browser (renderers, GPU, zygote) goes with one kill.
  const child = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const killGroup = () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  const unregister = onExitKill(killGroup);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = async () => {
    unregister();
    killGroup();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    await rm(profileDir, { recursive: true, force: true }).catch(() => {});
  };

  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const text = await readFile(join(profileDir, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return { port, kill };
    await new Promise((r) => setTimeout(r, 100));
  }
  await kill();
  throw new Error(`Chromium (${executablePath}) did not open a DevTools port within 20 s.\n${stderr}`);
}

/**
 * @typedef {object} LighthouseFigures
 * @property {number} performance 0–100
 * @property {number} accessibility 0–100
 * @property {number} bestPractices 0–100
 * @property {number} lcpMs
 * @property {number} tbtMs
 * @property {number} cls
 * @property {number} fcpMs
 * @property {number} totalByteWeight transferred bytes (total-byte-weight audit)
 * @property {string | null} lcpElement the LCP element's selector, to know what to speed up
 * @property {string | null} layoutShiftElement the element of the largest layout shift (layout-shifts audit), if any
 * @property {number} benchmarkIndex the host's CPU benchmark, to compare runs across machines
 * @property {{ category: string, id: string, title: string }[]} failedAudits scored audits below 1 in accessibility and best practices
 * @property {string[]} warnings Lighthouse run warnings
 */

/**
 * Draws neutral Japanese text once in the browser on `port` (FONT_WARMUP_HTML), in a tab of its own that is
 * closed again, so the system font set-up is not billed to the page measured next.
 * @param {number} port
 */
export async function warmUpFonts(port) {
  // Loaded only for this opt-in diagnosis.
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.connectOverCDP(`http://${HOST}:${port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.setContent(FONT_WARMUP_HTML);
    // Two frames: the text has been laid out and painted.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.close();
  } finally {
    await browser.close();
  }
}

/**
 * One Lighthouse run in a fresh browser (after warmUpFonts() when BENCH_FONT_WARMUP=1).
 * @param {string} url
 * @param {{ executablePath: string, profileDir: string }} browser
 * @returns {Promise<LighthouseFigures>}
 */
export async function runLighthouse(url, browser) {
  const chrome = await launchChromium(browser);
  try {
    if (FONT_WARMUP) await warmUpFonts(chrome.port);
    const result = await lighthouse(url, {
      port: chrome.port,
      hostname: HOST,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (/** @type {string} */ id) => {
      const s = lhr.categories[id]?.score;
      if (typeof s !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${url}`);
      return Math.round(s * 100);
    };
    const num = (/** @type {string} */ id) => {
      const v = lhr.audits[id]?.numericValue;
      if (typeof v !== 'number') throw new Error(`Lighthouse gave no ${id} value for ${url}`);
      return v;
    };
    const failedAudits = [];
    for (const category of ['accessibility', 'best-practices']) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1) {
          failedAudits.push({ category, id: ref.id, title: audit.title });
        }
      }
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: Math.round(num('largest-contentful-paint')),
      tbtMs: Math.round(num('total-blocking-time')),
      cls: Number(num('cumulative-layout-shift').toFixed(4)),
      fcpMs: Math.round(num('first-contentful-paint')),
      totalByteWeight: Math.round(num('total-byte-weight')),
      lcpElement: firstNode(lhr.audits['largest-contentful-paint-element']?.details),
      layoutShiftElement: firstNode(lhr.audits['layout-shifts']?.details),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      failedAudits,
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * The first DOM node an audit's details mention, as "selector: snippet".
 * @param {unknown} details
 * @returns {string | null}
 */
function firstNode(details) {
  if (!details || typeof details !== 'object') return null;
  const d = /** @type {Record<string, unknown>} */ (details);
  if (d.type === 'node') return `${d.selector ?? ''} ${String(d.snippet ?? '').slice(0, 80)}`.trim();
  for (const value of Object.values(d)) {
    const found = Array.isArray(value) ? value.map(firstNode).find(Boolean) : firstNode(value);
    if (found) return found;
  }
  return null;
}
