/** Content-Security-Policy strings: parsed, merged across pages, serialised, read from a page. */
import { describe, expect, it } from 'vitest';
import { HEADER_ONLY_DIRECTIVES, mergeCsp, metaCsp, parseCsp, pruneHashes, serialiseCsp } from '../../src/lib/csp.ts';

describe('parseCsp', () => {
  it('reads directives and their sources, names in lower case, ignoring empty parts and extra spaces', () => {
    const policy = parseCsp("default-src 'self';  Script-Src 'self' 'sha256-abc=' ;; img-src 'self' data:");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-abc='"]],
      ['img-src', ["'self'", 'data:']],
    ]);
  });

  it('gives an empty policy for an empty string', () => {
    expect(parseCsp('').size).toBe(0);
  });
});

describe('mergeCsp', () => {
  it('keeps every source of every page, each once, in order of first appearance', () => {
    const a = parseCsp("default-src 'self'; script-src 'self' 'sha256-A='");
    const b = parseCsp("default-src 'self'; script-src 'self' 'sha256-B='; style-src 'self'");
    const c = parseCsp("script-src 'sha256-A=' 'sha256-C='");
    const merged = mergeCsp([a, b, c]);
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-A='", "'sha256-B='", "'sha256-C='"]);
    expect(merged.get('style-src')).toEqual(["'self'"]);
    expect(merged.get('default-src')).toEqual(["'self'"]);
  });

  it('does not keep only the last page: a hash used by the first page alone survives', () => {
    const merged = mergeCsp([parseCsp("script-src 'sha256-first='"), parseCsp("script-src 'sha256-last='")]);
    expect(merged.get('script-src')).toContain("'sha256-first='");
  });

  it('merges nothing into an empty policy', () => {
    expect(mergeCsp([]).size).toBe(0);
  });
});

describe('serialiseCsp', () => {
  it('writes what parseCsp reads', () => {
    const text = "default-src 'self'; script-src 'self' 'sha256-A='; object-src 'none'";
    expect(serialiseCsp(parseCsp(text))).toBe(text);
    expect(parseCsp(serialiseCsp(parseCsp(text)))).toEqual(parseCsp(text));
  });
});

describe('metaCsp', () => {
  it('reads the content of the CSP meta tag, with either quote style', () => {
    expect(metaCsp(`<meta http-equiv="content-security-policy" content="default-src 'self'">`)).toBe("default-src 'self'");
    expect(metaCsp(`<meta http-equiv='Content-Security-Policy' content='default-src "self"'>`)).toBe('default-src "self"');
    expect(metaCsp('<meta name="description" content="x">')).toBeNull();
  });
});

it('frame-ancestors is kept for the header only (a meta tag cannot carry it)', () => {
  expect(HEADER_ONLY_DIRECTIVES).toEqual(["frame-ancestors 'none'"]);
});

describe('pruneHashes', () => {
  const hash = (t: string) => `'sha256-${t.length}'`;
  const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
  const page = (policy: string, body: string) => `<html><head>${meta(policy)}</head><body>${body}</body></html>`;

  it('keeps the hashes of inline scripts and styles and drops the others', () => {
    const html = page("default-src 'self'; script-src 'self' 'sha256-3' 'sha256-9' 'wasm-unsafe-eval'; style-src 'self' 'sha256-2' 'sha256-5';", '<script>abc</script><style>de</style><script type="module" src="/x.js"></script>');
    expect(metaCsp(pruneHashes(html, hash))).toBe("default-src 'self';script-src 'self' 'sha256-3' 'wasm-unsafe-eval';style-src 'self' 'sha256-2';");
  });

  it('a script loaded from a file needs no hash, whatever its text', () => {
    const html = page("script-src 'self' 'sha256-0'", '<script type="module" src="/a.js"></script>');
    expect(metaCsp(pruneHashes(html, hash))).toBe("script-src 'self';");
  });

  it('leaves a page without a CSP meta, and everything outside the meta, unchanged', () => {
    expect(pruneHashes('<p>no policy</p>', hash)).toBe('<p>no policy</p>');
    const html = page("script-src 'self' 'sha256-3'", '<script>abc</script>');
    const out = pruneHashes(html, hash);
    expect(out.replace(/<meta[^>]*>/, '')).toBe(html.replace(/<meta[^>]*>/, ''));
    expect(parseCsp(metaCsp(out)!).get('script-src')).toEqual(["'self'", "'sha256-3'"]);
  });
});
