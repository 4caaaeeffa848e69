import { Fragment, type ComponentChild } from 'preact';

/** A translate function: i18next's t, or a page's t with its namespace fixed. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

// A character no translation contains: it marks where each element goes in the translated text.
const MARK = '\u0001';

/**
 * A translated sentence whose {{slots}} are elements (a date's <time>, a Japanese name marked lang="ja", a <code>),
 * so the word order stays the translator's while the elements keep their markup. `vars` are plain text values.
 */
export function sentence(t: Translate, key: string, nodes: Record<string, ComponentChild>, vars: Record<string, unknown> = {}): ComponentChild[] {
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `${MARK}${name}${MARK}`]));
  const text = String(t(key, { ...vars, ...marks }));
  return text
    .split(MARK)
    .map((part, i) => <Fragment key={i}>{i % 2 === 1 && part in nodes ? nodes[part] : part}</Fragment>);
}
