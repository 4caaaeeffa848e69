import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allowInPage, allowSource, hashSource } from '../../../src/shell/csp-inline';
import { bootLoader } from '../../../src/shell/boot-loader';

describe('inline texts in the CSP (the stylesheet, the boot loader)', () => {
  it('allows exactly the text, by the base64 SHA-256 of its UTF-8 bytes', () => {
    const css = 'p::before{content:"窓口"}';
    const expected = createHash('sha256').update(Buffer.from(css, 'utf8')).digest('base64');
    expect(hashSource(css)).toBe(`'sha256-${expected}'`);
    expect(hashSource(`${css} `)).not.toBe(hashSource(css));
  });

  it('adds the source to the one directive named, keeping every other directive', () => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
    expect(allowSource(csp, 'style-src', "'sha256-x'")).toBe("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-x'; img-src 'self' data:");
    expect(allowSource(csp, 'script-src', "'sha256-y'")).toBe("default-src 'self'; script-src 'self' 'sha256-y'; style-src 'self'; img-src 'self' data:");
    expect(allowSource("style-src 'self'", 'style-src', "'sha256-x'")).toBe("style-src 'self' 'sha256-x'");
  });

  it('refuses a policy without the directive rather than leaving the text blocked', () => {
    expect(() => allowSource("default-src 'self'", 'style-src', "'sha256-x'")).toThrow(/style-src/);
    expect(() => allowInPage('<head></head>', 'script-src', "'sha256-x'")).toThrow(/CSP <meta>/);
  });

  it('rewrites the page’s CSP <meta> only', () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="script-src 'self'"><p>script-src 'self'</p>`;
    expect(allowInPage(html, 'script-src', "'sha256-x'")).toBe(
      `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-x'"><p>script-src 'self'</p>`,
    );
  });
});

describe('the boot loader', () => {
  type Observer = (list: { getEntriesByName: (name: string) => unknown[] }) => void;
  let observers: Observer[] = [];

  /** Runs the loader's text with a fake paint observer; its import() becomes a recorded call. */
  function run(code: string, supportedEntryTypes = ['paint', 'largest-contentful-paint']) {
    observers = [];
    const loaded: string[] = [];
    vi.useFakeTimers();
    class FakeObserver {
      static supportedEntryTypes = supportedEntryTypes;
      constructor(callback: Observer) {
        observers.push(callback);
      }
      observe(options: unknown) {
        // Buffered: a paint that came before the observer still counts.
        expect(options).toEqual({ type: 'paint', buffered: true });
      }
    }
    expect(code.split('import(').length, 'one import()').toBe(2);
    new Function('PerformanceObserver', 'load', code.replace('import(', 'load('))(FakeObserver, (src: string) => loaded.push(src));
    return loaded;
  }
  const paint = (name: string) => observers.forEach((o) => o({ getEntriesByName: (n) => (n === name ? [{}] : []) }));

  afterEach(() => {
    vi.useRealTimers();
  });

  it('imports the boot module once, right after the first contentful paint', () => {
    const loaded = run(bootLoader('/assets/boot-x.js'));
    paint('first-paint');
    vi.advanceTimersByTime(10);
    expect(loaded).toEqual([]);
    paint('first-contentful-paint');
    expect(loaded).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(loaded).toEqual(['/assets/boot-x.js']);
    paint('first-contentful-paint');
    vi.advanceTimersByTime(5000);
    expect(loaded).toEqual(['/assets/boot-x.js']);
  });

  it('imports it after 3 s in a tab that never paints', () => {
    const loaded = run(bootLoader('/assets/boot-x.js'));
    vi.advanceTimersByTime(2999);
    expect(loaded).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(loaded).toEqual(['/assets/boot-x.js']);
  });

  it('imports it at once in a browser without paint timing', () => {
    const loaded = run(bootLoader('/assets/boot-x.js'), ['navigation', 'resource']);
    vi.advanceTimersByTime(0);
    expect(loaded).toEqual(['/assets/boot-x.js']);
    vi.advanceTimersByTime(5000);
    expect(loaded).toEqual(['/assets/boot-x.js']);
  });

  it('cannot end its <script> early, whatever the path', () => {
    expect(bootLoader('/assets/boot-</script>.js')).not.toMatch(/<\/script/i);
  });
});
