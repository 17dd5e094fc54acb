// The bundled pack, made by the build (see src/article/bundle.ts and wxt.config.ts).
declare module 'virtual:bundled-pack' {
  const bundled: import('./bundle').BundledPack;
  export default bundled;
}

// Only the probe, for the content script that every page loads.
declare module 'virtual:page-probe' {
  const probe: import('../matching/probe').Probe;
  export default probe;
}
