/** Modules written at build time by Vite plugins of src/integrations/. */
declare module 'virtual:search-messages/*' {
  const messages: Record<string, string>;
  export default messages;
}
declare module 'virtual:notice-messages/*' {
  const messages: Record<string, string>;
  export default messages;
}
