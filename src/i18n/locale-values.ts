// A language's namespaces as bundled: each the list of its texts in the order of its key tree, one tree per namespace
// shared by every language (the keys, the same in every language, are about a quarter of each file). The build
// makes the lists and the trees (./vite-plugin.ts localeValues); ./core.ts puts each namespace back together before
// i18next gets it.

/** The module of every namespace's key tree, shared by all languages. */
export const LOCALE_SHAPES_ID = 'virtual:madoguchi-locale-shapes';

/** A namespace's keys: a nested object whose leaves (a text, or a list of texts) are 0. */
export type KeyTree = { [key: string]: KeyTree | 0 };

type Json = unknown;
type Tree = Record<string, Json>;

const isTree = (value: Json): value is Tree => !!value && typeof value === 'object' && !Array.isArray(value);

/** The union of the keys of `objects`, in the order they first appear. */
export function keyTree(objects: readonly Json[]): KeyTree {
  const tree: KeyTree = {};
  for (const object of objects) {
    if (!isTree(object)) continue;
    for (const [key, value] of Object.entries(object)) {
      const known = tree[key];
      tree[key] = isTree(value) ? keyTree([known === 0 ? {} : (known ?? {}), value]) : (known ?? 0);
    }
  }
  return tree;
}

/** `object`'s texts in `tree`'s order, null where it has none. */
export function valuesIn(tree: KeyTree, object: Json): Json[] {
  return Object.entries(tree).flatMap(([key, sub]) => {
    const value = isTree(object) ? object[key] : undefined;
    if (sub !== 0) return valuesIn(sub, value);
    return [value === undefined || isTree(value) ? null : value];
  });
}

/** The namespace `valuesIn(tree, …)` listed, without the keys it has no text for (i18next then reports them missing). */
export function fromValues(tree: KeyTree, values: readonly Json[]): Tree {
  let next = 0;
  const build = (sub: KeyTree): Tree => {
    const out: Tree = {};
    for (const [key, inner] of Object.entries(sub)) {
      if (inner !== 0) {
        const nested = build(inner);
        if (Object.keys(nested).length) out[key] = nested;
      } else {
        const value = values[next++];
        if (value !== null && value !== undefined) out[key] = value;
      }
    }
    return out;
  };
  return build(tree);
}
