// The key trees the build makes (./vite-plugin.ts localeValues), one per namespace.
declare module 'virtual:madoguchi-locale-shapes' {
  const trees: Record<string, import('./locale-values').KeyTree>;
  export default trees;
}
