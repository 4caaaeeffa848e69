import { Fragment, createElement, options, type VNode } from 'preact';
import { hasRuby, parseRuby, stripRuby } from './ruby';

// One mechanism for every text the app shows: when an element (or fragment) is created with text holding
// `{漢字|かんじ}`, that text becomes <ruby>漢字<rt>かんじ</rt></ruby>, and its attributes (aria-label, title,
// placeholder…) keep only the kanji. It runs where vnodes are made, so the prerender (preact-render-to-string) and the
// browser's hydration build the same tree. Installed once by importing this module (src/app/App.tsx does).

type Child = unknown;

function rubyText(text: string): Child {
  return parseRuby(text).map((part) =>
    // The reading is for the eye: a screen reader reads the kanji (and would otherwise say every word twice, which
    // also made accessible names such as a button's "名前なまえを…").
    typeof part === 'string' ? part : createElement('ruby', null, part.base, createElement('rt', { 'aria-hidden': 'true' }, part.reading)),
  );
}

function withRuby(children: Child): Child {
  if (typeof children === 'string') return hasRuby(children) ? rubyText(children) : children;
  if (Array.isArray(children) && children.some((c) => typeof c === 'string' && hasRuby(c))) {
    return children.map((c: Child) => (typeof c === 'string' && hasRuby(c) ? rubyText(c) : c));
  }
  return children;
}

const previous = options.vnode;
options.vnode = (vnode: VNode) => {
  if (typeof vnode.type === 'string' || vnode.type === Fragment) {
    const props = vnode.props as Record<string, unknown>;
    // Only the rt's own reading, never marked up again.
    if (vnode.type !== 'rt' && 'children' in props) props.children = withRuby(props.children);
    if (typeof vnode.type === 'string') {
      for (const key in props) {
        const value = props[key];
        if (key !== 'children' && typeof value === 'string' && hasRuby(value)) props[key] = stripRuby(value);
      }
    }
  }
  previous?.(vnode);
};
