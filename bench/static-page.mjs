// The yardstick: the seed pages' text as one plain, valid, accessible static HTML page with a tiny stylesheet.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const STYLESHEET = `body{margin:0;font-family:system-ui,sans-serif;line-height:1.7;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.4}
h2{font-size:1.25rem;line-height:1.4;margin-top:2.5rem}
`;

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One seed as HTML: the first line as a heading, "- " lines as list items, every other line a paragraph.
 * @param {string} text
 * @param {'h1' | 'h2'} heading
 */
export function seedToHtml(text, heading) {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const [title = '', ...rest] = lines;
  const out = [`<${heading}>${escapeHtml(title)}</${heading}>`];
  /** @type {string[]} */
  let items = [];
  const flush = () => {
    if (items.length) out.push(`<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`);
    items = [];
  };
  for (const line of rest) {
    if (line.startsWith('-')) {
      const item = line.replace(/^-\s*/, '');
      if (item) items.push(escapeHtml(item));
    } else {
      flush();
      out.push(`<p>${escapeHtml(line)}</p>`);
    }
  }
  flush();
  return out.join('\n');
}

/**
 * Writes index.html and style.css for the seeds 000 and 001 into `dir` (emptied first).
 * @param {{ seedsDir: string, dir: string }} options
 * @returns {Promise<{ files: string[] }>} absolute paths of the written files
 */
export async function writeStaticPage({ seedsDir, dir }) {
  const names = await readdir(seedsDir);
  const seeds = [];
  for (const prefix of ['000_', '001_']) {
    const name = names.filter((n) => n.startsWith(prefix) && n.endsWith('.txt')).sort()[0];
    if (!name) throw new Error(`No seed ${prefix}*.txt in ${seedsDir}`);
    seeds.push(await readFile(join(seedsDir, name), 'utf8'));
  }
  const [first = '', second = ''] = seeds;
  const title = first.split(/\r?\n/, 1)[0]?.trim() ?? '';
  const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(title)}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<main>
<article>
${seedToHtml(first, 'h1')}
</article>
<article>
${seedToHtml(second, 'h2')}
</article>
</main>
</body>
</html>
`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = [join(dir, 'index.html'), join(dir, 'style.css')];
  await writeFile(files[0], html);
  await writeFile(files[1], STYLESHEET);
  return { files };
}
