import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowStyle, styleHashSource } from '../../../src/app/styles/vite-plugin';

describe('the inline stylesheet in the CSP', () => {
  it('allows exactly the stylesheet, by the base64 SHA-256 of its UTF-8 text', () => {
    const css = 'p::before{content:"窓口"}';
    const expected = createHash('sha256').update(Buffer.from(css, 'utf8')).digest('base64');
    expect(styleHashSource(css)).toBe(`'sha256-${expected}'`);
    expect(styleHashSource(`${css} `)).not.toBe(styleHashSource(css));
  });

  it('adds the source to style-src only, keeping every other directive', () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
    expect(allowStyle(csp, "'sha256-x'")).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-x'; img-src 'self' data:");
    expect(allowStyle("style-src 'self'", "'sha256-x'")).toBe("style-src 'self' 'sha256-x'");
  });

  it('refuses a policy without style-src rather than leaving the stylesheet blocked', () => {
    expect(() => allowStyle("default-src 'self'", "'sha256-x'")).toThrow(/style-src/);
  });
});
