// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentGuard } from './src/integrations/content-guard.ts';
import { MDX_FEATURES } from './src/lib/mdx-features.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { buildPhases } from './src/integrations/phases.ts';
import { offline } from './src/integrations/offline.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { localizedLinks } from './src/integrations/localize-links.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { lazyMessages } from './src/integrations/lazy-messages.ts';
import { ANCHOR_ALIASES } from './src/lib/contract/anchors.ts';

// One identity per build, shared by pages, the search index cache tag and the service worker.
process.env.MLAT_BUILD_TIME ||= /^\d{4}-\d{2}-\d{2}$/.test(process.env.BUILD_DATE ?? '') ? `${process.env.BUILD_DATE}T00:00:00.000Z` : new Date().toISOString();
process.env.MLAT_BUILD_ID ||= `${process.env.MLAT_BUILD_TIME.replace(/[^0-9]/g, '').slice(0, 14)}-${Math.random().toString(36).slice(2, 8)}`;

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://mlat-navigator.org',
  trailingSlash: 'always',
  // Separate caches let tests build fixture trees without touching the main build's content store.
  cacheDir: process.env.MLAT_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // GFM (tables, footnotes, strikethrough) is built into Astro 7's default processor;
  // remark-gfm is used by the content checker, which parses MDX itself.
  // securityHeaders rewrites each page's CSP meta: it runs before the search index and the offline
  // manifest, which hash the pages as they are finally served.
  integrations: [buildPhases(), contentCheck(), mdx(), localizedLinks(), securityHeaders(), searchIndex(), offline()],
  markdown: {
    // Shiki writes inline styles, which the CSP forbids; content has no code to highlight.
    syntaxHighlight: false,
    // The content checker parses bodies with this same compiler and these features; the guard
    // refuses code-bearing MDX inside the compiler as a second wall behind the checker.
    processor: satteri({ mdastPlugins: [contentGuard], features: MDX_FEATURES }),
  },
  security: {
    // Astro emits a CSP <meta> with hashes for its own scripts and styles. Everything
    // else is same-origin; no third-party origin is ever allowed. Images, fonts, connections
    // and the manifest fall back to default-src 'self' (CSP Level 3 §6.8): not repeated in every page.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // The header's search UI is bundled as a separate ES module (src/scripts/boot.ts).
    // Its messages, and the notices', come from virtual modules (src/integrations/lazy-messages.ts).
    worker: { format: 'es', plugins: () => [lazyMessages()] },
    plugins: [lazyMessages()],
    // Scripts stay files, cached once for every page, rather than inlined into each page.
    build: { assetsInlineLimit: 0 },
  },
  // Moved pages keep their old address (the anchor contract with trainers).
  redirects: ANCHOR_ALIASES.pages,
  // Generates the collections' JSON Schemas that the editor extension uses for frontmatter.
  experimental: { contentIntellisense: true },
});
