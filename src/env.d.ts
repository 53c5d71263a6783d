/** Set by build.mjs: which browser this bundle was built for. */
declare const __BROWSER__: 'chrome' | 'firefox';

/** esbuild bundles imported stylesheets into a .css file beside the page's script. */
declare module '*.css';
