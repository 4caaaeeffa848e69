import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { City } from '../../../src/cities/schema';

// Shared by the rules and engine tests: the seed pages, domain.md, and the checks a new city must pass
// (verbatim quotes, complete translations), written once so the fixture city goes through the same gates.

/** The repository root. */
export const ROOT = join(__dirname, '../../..');
/** The shared folder (../shared from the root, as in CI). */
export const SHARED = join(ROOT, '../shared');

/** A seed page's text by its number ('000'), as stored. */
export function seedText(seed: string): string {
  const file = readdirSync(join(SHARED, 'seeds')).find((f) => f.startsWith(`${seed}_`));
  if (!file) throw new Error(`no seed ${seed}`);
  return readFileSync(join(SHARED, 'seeds', file), 'utf8');
}

/** Collapses whitespace, as the sources test does, so a quote may span the page's line breaks. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** domain.md split into its numbered sections (§N → text), with Markdown emphasis removed so quotes read as prose. */
export function domainSections(): Map<number, string> {
  const text = readFileSync(join(SHARED, 'domain.md'), 'utf8');
  const sections = new Map<number, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const n = Number(/^(\d+)\./.exec(part)?.[1]);
    if (n) sections.set(n, squash(part.replace(/\*\*|\*|`/g, '')));
  }
  return sections;
}

/** Every {ref, quote} in a JSON tree, with its path. */
export function* sources(node: unknown, path = ''): Generator<[string, { ref: string; quote: string }]> {
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) yield* sources(x, `${path}[${i}]`);
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.ref === 'string' && typeof o.quote === 'string') yield [path, o as { ref: string; quote: string }];
    for (const [k, x] of Object.entries(o)) yield* sources(x, path ? `${path}.${k}` : k);
  }
}

/** Quotes that do not stand where their ref says: on the page text given for seeds, in the section for domain refs. */
export function misquoted(tree: unknown, pages: Record<string, string>): string[] {
  const domain = domainSections();
  const bad: string[] = [];
  for (const [path, s] of sources(tree)) {
    const quote = squash(s.quote);
    const seed = /^seed:(\d{3})$/.exec(s.ref)?.[1];
    const section = /^domain §(\d+)$/.exec(s.ref)?.[1];
    const text = seed ? pages[seed] : section ? domain.get(Number(section)) : undefined;
    if (!quote || text === undefined || !squash(text).includes(quote)) bad.push(`${path} (${s.ref}): ${s.quote}`);
  }
  return bad;
}

/** The translation keys a city needs in every language (same-as rules use their target's keys). */
export function requiredCityKeys(city: City): string[] {
  const keys = ['name', 'nameJa'];
  for (const c of city.counters) keys.push(`counters.${c.id}`);
  for (const l of city.lists) keys.push(`lists.${l.id}`);
  for (const d of city.documents) keys.push(`documents.${d.id}`);
  for (const [pid, p] of Object.entries(city.procedures))
    for (const [aid, a] of Object.entries(p.applicants))
      if (a.status === 'described')
        for (const v of a.visits) for (const it of v.items) keys.push(`items.${pid}.${aid}.${it.id}`);
  for (const n of city.notes) keys.push(`notes.${n.id}`);
  for (const e of city.errata ?? []) keys.push(`errata.${e.id}`);
  return [...new Set(keys)];
}

/** Flattens nested translations into dotted keys → values (non-strings kept, so a test can reject them). */
export function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k2, v2] of flatten(v, key)) out.set(k2, v2);
      else out.set(key, v);
    }
  }
  return out;
}

/** The language folders under a locales root (the language list is the folders, never a constant). */
export function languages(localesRoot: string): string[] {
  return readdirSync(localesRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Problems with a city's translations under a locales root: missing files, missing keys, empty or non-text values. */
export function translationProblems(city: City, localesRoot: string): string[] {
  const problems: string[] = [];
  for (const lang of languages(localesRoot)) {
    const file = join(localesRoot, lang, 'cities', `${city.id}.json`);
    if (!existsSync(file)) {
      problems.push(`${lang}: no cities/${city.id}.json`);
      continue;
    }
    const flat = flatten(JSON.parse(readFileSync(file, 'utf8')));
    for (const key of requiredCityKeys(city)) {
      const value = flat.get(key);
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${lang}: ${key} is ${value === undefined ? 'missing' : 'empty'}`);
    }
  }
  return problems;
}
