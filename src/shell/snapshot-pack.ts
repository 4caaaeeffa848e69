// The service worker answers contract URLs with their snapshots offline too, so it keeps them all; as files they
// would cost each language about 190 KB gz of precache (the stylesheet inside every page, and the same items in
// many lists). One pack per language holds them instead: the stylesheet once for all languages, each page cut into
// pieces at its elements' starts with every piece stored once, and each page's own query (in its links) stored
// once per page. Unpacked, a page is byte for byte its snapshot file, so the app hydrates it as it would that file.

/** A language's snapshots, packed: its distinct pieces and, per snapshot file, the pieces it is made of. */
export interface SnapshotPack {
  /** Every distinct piece. */
  pieces: string[];
  /** Per snapshot file ('/variants/en/…/index.html'): its query as written in its links, and its pieces in order. */
  pages: Record<string, { query: string; ids: number[] }>;
}

/** The file of a language's pack, and of the stylesheet every page carries. */
export const packFile = (lang: string) => `snapshots/${lang}.json`;
/** The file of the one stylesheet every page carries inline (shared by every language's pack). */
export const STYLE_FILE = 'snapshots/style.json';

const STYLE = /<style>([\s\S]*?)<\/style>/;
const STYLE_MARK = '\u0002';
const QUERY_MARK = '\u0001';
// Pieces start at the elements that repeat across lists (items, notes, sections, paragraphs).
const CUT = /(?=<(?:li|section|div|p|h2|ul|fieldset)\b)/;

/** The inline stylesheet of a page (what every page carries), or undefined. */
export function pageStyle(html: string): string | undefined {
  return STYLE.exec(html)?.[1];
}

/** Packs a language's snapshot files; `query` is each page's own query as its HTML writes it (`&amp;`), or ''. */
export function packSnapshots(files: ReadonlyArray<{ file: string; html: string; query: string }>): SnapshotPack {
  const pieces: string[] = [];
  const index = new Map<string, number>();
  const pages: SnapshotPack['pages'] = {};
  for (const { file, html, query } of files) {
    if (html.includes(STYLE_MARK) || html.includes(QUERY_MARK)) throw new Error(`${file}: a control character would be read as a mark`);
    let text = html.replace(STYLE, `<style>${STYLE_MARK}</style>`);
    if (query) text = text.split(query).join(QUERY_MARK);
    const ids = text.split(CUT).map((piece) => {
      let id = index.get(piece);
      if (id === undefined) {
        id = pieces.push(piece) - 1;
        index.set(piece, id);
      }
      return id;
    });
    pages[file] = { query, ids };
  }
  return { pieces, pages };
}

/** The snapshot file's HTML from its language's pack and the shared stylesheet, or undefined if the pack lacks it. */
export function unpackSnapshot(pack: SnapshotPack, file: string, style: string): string | undefined {
  const page = pack.pages[file];
  if (!page) return undefined;
  const text = page.ids.map((id) => pack.pieces[id] ?? '').join('');
  return text.replace(`<style>${STYLE_MARK}</style>`, () => `<style>${style}</style>`).split(QUERY_MARK).join(page.query);
}
