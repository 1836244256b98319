/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

declare module 'virtual:fluent-emoji/*' {
  const url: string;
  export default url;
}

/** Which build is running (package version, or EC_BUILD_ID at build time); shown to adults. */
declare const __APP_BUILD__: string;
