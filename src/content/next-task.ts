/** Resolves in a later task, so the work after it never joins the current task. */
export const nextTask = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));
