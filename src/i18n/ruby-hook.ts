import { Fragment, createElement, options, type VNode } from 'preact';
import { hasRuby, parseRuby, stripRuby } from './ruby';

// One mechanism for every text the app shows: when an element (or fragment) is created with text holding
// `{漢字|かんじ}`, that text becomes <ruby>漢字<rt>かんじ</rt></ruby>, and its attributes (aria-label, title,
// placeholder…) keep only the kanji. It runs where vnodes are made, so the prerender (preact-render-to-string) and the
// browser's hydration build the same tree. Installed once by importing this module (src/app/App.tsx does).

type Child = unknown;

// A word with furigana and the kana written onto it (住んで, 代わり, 在留カード): kept on one line (class w,
// global.css), since the browser breaks inside 住|んでいますか otherwise. Only in text written with spaces between
// words (easy Japanese, a sentence quoting a name); one reading and its kana at most, so a word stays shorter than
// a phone's line (the longest reading's word is 14 characters).
const WORD = /(\{[^{}|]+\|[^{}|]+\}[\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff]*)/;

/** Text with `{漢字|かんじ}` as strings and <ruby> elements. */
function ruby(text: string): Child[] {
  return parseRuby(text).map((part) =>
    // The reading is for the eye: a screen reader reads the kanji (and would otherwise say every word twice, which
    // also made accessible names such as a button's "名前なまえを…").
    typeof part === 'string' ? part : createElement('ruby', null, part.base, createElement('rt', { 'aria-hidden': 'true' }, part.reading)),
  );
}

function rubyText(text: string): Child {
  return / /.test(text) ? text.split(WORD).map((piece, i) => (i % 2 ? createElement('span', { class: 'w' }, ruby(piece)) : ruby(piece))) : ruby(text);
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
