/**
 * Renamed or moved anchors keep working: each old page gets a redirect, and each old
 * section id an alias anchor next to its new section. Never delete an entry here.
 */
export const ANCHOR_ALIASES: { pages: Record<string, string>; ids: Record<string, string> } = {
  pages: {},
  ids: {},
};
