/** Vite's `?raw` imports: the file's text, bundled at build time (no fetch at run time). */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** Stylesheets imported for their side effect; Vite bundles them into the build's CSS file. */
declare module '*.css';
