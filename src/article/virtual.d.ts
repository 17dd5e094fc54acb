// The bundled pack, made by the build (see src/article/bundle.ts and wxt.config.ts).
declare module 'virtual:bundled-pack' {
  const bundled: import('./bundle').BundledPack;
  export default bundled;
}
