/** Modules written at build time by the Vite plugin of src/integrations/lazy-messages.ts. */
type MessageLoaders = Record<string, () => Promise<{ default: Record<string, string> }>>;
declare module 'virtual:search-messages' {
  const load: MessageLoaders;
  export default load;
}
declare module 'virtual:notice-messages' {
  const load: MessageLoaders;
  export default load;
}
declare module 'virtual:search-messages/*' {
  const messages: Record<string, string>;
  export default messages;
}
declare module 'virtual:notice-messages/*' {
  const messages: Record<string, string>;
  export default messages;
}
