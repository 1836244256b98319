/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:fluent-emoji/*' {
  const url: string;
  export default url;
}
