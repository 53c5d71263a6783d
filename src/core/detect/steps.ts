// Work done in steps: a generator yields where a caller in the browser may let the page run (a new
// task). Node, the CLI and the tests run the same steps to their end at once.

/** Runs a stepped computation to its end without pausing. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
