/** Resolves in a later task, so the work after it never joins the current task. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` to its end, each step in a task of its own; undefined when `gone()` says the work is
 * no longer wanted between two steps.
 */
export async function inTasks<T>(steps: Generator<void, T, void>, gone: () => boolean): Promise<T | undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTask();
    if (gone()) return undefined;
  }
}
