import { describe, expect, it } from 'vitest';
import { inlineScriptImports } from '../../../bench/sizes.mjs';

describe('the bench’s first-load JS', () => {
  it('starts from what the page’s inline loader imports, not from data blocks or comments', () => {
    const html = [
      '<head><script>{setTimeout(()=>import("/assets/boot-x.js"))}</script></head>',
      '<!-- <script>import("/assets/old.js")</script> -->',
      '<body><script type="isodata">{"import(\\"/x.js\\")":1}</script></body>',
    ].join('');
    expect(inlineScriptImports(html)).toEqual(['/assets/boot-x.js']);
  });
});
