// Vite's `?raw` imports (src/article/pack.ts loads article.txt this way). WXT's generated types
// declare `*?raw` too; this keeps `tsc` working before `wxt prepare` has generated them.
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
