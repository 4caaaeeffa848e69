// Furigana in translations: easy Japanese (and any language that shows a Japanese name with its reading) writes
// `{漢字|かんじ}`. Element text shows it as <ruby>漢字<rt>かんじ</rt></ruby>; plain text (titles, attributes, files)
// keeps only the kanji. ./ruby-hook.ts applies it to every element the app renders, on the server and in the browser.

const RUBY = /\{([^{}|]+)\|([^{}|]+)\}/g;

/** A piece of text: plain, or a base with its reading. */
export type RubyPart = string | { base: string; reading: string };

/** True when the text may hold ruby markup (a cheap test before parsing). */
export function hasRuby(text: string): boolean {
  return text.includes('|') && text.includes('{');
}

/** Splits text into plain pieces and `{base|reading}` pieces, in order; text without markup is one piece. */
export function parseRuby(text: string): RubyPart[] {
  const parts: RubyPart[] = [];
  let last = 0;
  for (const m of text.matchAll(RUBY)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ base: m[1]!, reading: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length || !parts.length) parts.push(text.slice(last));
  return parts;
}

/** The text with every `{base|reading}` reduced to its base: for titles, attributes and files. */
export function stripRuby(text: string): string {
  return hasRuby(text) ? text.replace(RUBY, '$1') : text;
}
