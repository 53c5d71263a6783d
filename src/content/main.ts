// Loaded by the guard on pages worth a look. The content script's code arrives in stages, each
// evaluated in its own task: the message contracts and their validator first, then the session
// and overlay. Evaluated at once they made one task of 30–60 ms on a two-core machine.
import type * as App from './app';
import { nextTask } from './next-task';

let app: Promise<typeof App> | undefined;
function loadApp(): Promise<typeof App> {
  app ??= import('../shared/messages').then(nextTask).then(() => import('./app'));
  return app;
}

/** `force` when the reader asked to treat the page as an article. */
export async function start(force = false): Promise<unknown> {
  return (await loadApp()).start(force);
}

export async function handleMessage(message: unknown, context: undefined): Promise<unknown> {
  return (await loadApp()).handleMessage(message, context);
}
