// What an e2e test needs from a browser, implemented once for Chromium (Playwright) and once for
// Firefox (WebDriver BiDi), so every test runs unchanged in both.
export type BrowserName = 'chromium' | 'firefox';

export interface Tab {
  goto(url: string): Promise<void>;
  /** Evaluates an expression (it may be an async IIFE) in the page; returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Key names as in WebDriver / Playwright: "Tab", "Escape", "Enter", "a". Modifiers: "Alt+Shift+ArrowDown". */
  press(keys: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Chromium only: runs `during` while tracing the browser's main threads, and returns each task
   * that ran a script from `urlPrefix`, with its CPU time (see chromium.ts).
   */
  tasksRunning?<T>(urlPrefix: string, during: () => Promise<T>): Promise<{ value: T; tasks: MainThreadTask[] }>;
}

/** One task of a renderer's main thread: when, CPU and wall time in ms, and the script URLs it ran. */
export type MainThreadTask = { at: number; cpuMs: number; wallMs: number; urls: string[] };

export interface BrowserUnderTest {
  name: BrowserName;
  newTab(): Promise<Tab>;
  /** A page of the extension: popup.html, options.html … */
  extensionUrl(path: string): string;
  /** The URL prefix of the extension's own scripts (chrome-extension://id/ …). */
  readonly extensionOrigin: string;
  /** Every URL requested by pages, content scripts and (where the driver sees them) extension contexts. */
  readonly requests: string[];
  /** Console errors and warnings from pages and content scripts, with the script URL they came from. */
  readonly consoleErrors: { text: string; url: string }[];
  close(): Promise<void>;
}

export type LaunchOptions = { extensionDir: string; proxyPort: number; profileDir: string; headless?: boolean };
