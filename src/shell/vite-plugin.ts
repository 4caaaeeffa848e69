import type { Plugin, Rollup } from 'vite';
import { packFile, packSnapshots, pageStyle, STYLE_FILE } from './snapshot-pack.ts';
import { parseSnapshotPath, SNAPSHOT_ROOT } from './snapshots.ts';

// The service worker keeps every snapshot for offline use, packed per language (./snapshot-pack.ts). The snapshot
// files themselves stay in the build for hosts that rewrite (`_redirects`), out of the precache.

function text(asset: Rollup.OutputAsset): string {
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
}

/** Build only: after the prerender, packs each language's snapshot files into snapshots/<lang>.json. */
export function snapshotPacks(): Plugin {
  return {
    name: 'madoguchi-snapshot-packs',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const byLang = new Map<string, Array<{ file: string; html: string; query: string }>>();
        let style: string | undefined;
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.startsWith(`${SNAPSHOT_ROOT.slice(1)}/`)) continue;
          const snapshot = parseSnapshotPath(`/${asset.fileName}`);
          if (!snapshot || !asset.fileName.endsWith('/index.html')) continue;
          const html = text(asset);
          const css = pageStyle(html);
          if (css === undefined || (style !== undefined && css !== style)) this.error(`${asset.fileName}: not the one inline stylesheet`);
          style = css;
          const a = snapshot.answers;
          const query = a ? `city=${a.city}&amp;procedure=${a.procedure}&amp;applicant=${a.applicant}` : '';
          const list = byLang.get(snapshot.lang) ?? [];
          list.push({ file: `/${asset.fileName}`, html, query });
          byLang.set(snapshot.lang, list);
        }
        if (style === undefined) return;
        this.emitFile({ type: 'asset', fileName: STYLE_FILE, source: JSON.stringify(style) });
        for (const [lang, files] of byLang) {
          files.sort((x, y) => x.file.localeCompare(y.file));
          this.emitFile({ type: 'asset', fileName: packFile(lang), source: JSON.stringify(packSnapshots(files)) });
        }
      },
    },
  };
}
