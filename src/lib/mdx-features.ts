/**
 * The Markdown features the build's MDX compiler (Sätteri) runs with. astro.config.mjs
 * passes them to the compiler and the content checker parses with the same parser and the
 * same features, so both read a body the same way.
 */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;
