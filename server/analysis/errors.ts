// Typed engine errors: one base class, messages start with the function name and say
// what was expected and what was received.

export class RoundtripError extends Error {
  override name = "RoundtripError";
}

/** An option outside its domain (`findCycles: expected maxLength ≥ 2, received 1`). */
export class InvalidOptionError extends RoundtripError {
  override name = "InvalidOptionError";
}

/** A reference to an entity the graph does not hold. */
export class UnknownEntityError extends RoundtripError {
  override name = "UnknownEntityError";
  constructor(
    readonly functionName: string,
    readonly entityId: string,
  ) {
    super(`${functionName}: expected a known entity id, received ${JSON.stringify(entityId)}`);
  }
}

/** A dataset that fails validation; `problems` lists every located error at once. */
export class InvalidDatasetError extends RoundtripError {
  override name = "InvalidDatasetError";
  constructor(
    readonly problems: readonly { path: string; message: string }[],
    readonly warnings: readonly { path: string; message: string }[] = [],
  ) {
    const head = problems
      .slice(0, 20)
      .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
      .join("\n  ");
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : "";
    super(`invalid dataset: ${problems.length} problem(s)\n  ${head}${more}`);
  }
}

/**
 * A step that ran out of its time budget before it could answer in full (the exposure of a very
 * large strongly connected component): stopped between two solves, nothing partial returned.
 */
export class TimeBudgetError extends RoundtripError {
  override name = "TimeBudgetError";
  constructor(
    readonly functionName: string,
    /** The option that set the budget (`exposureBudgetMs`). */
    readonly option: string,
    readonly budgetMs: number,
    /** What was being computed and how far it got. */
    readonly work: { what: string; done: number; total: number },
  ) {
    const count = (n: number) => n.toLocaleString("en-US");
    super(
      `${functionName}: the ${work.what} did not finish within the time budget of ${count(Math.round(budgetMs))} ms (${option}): ${count(work.done)} of ${count(work.total)} done`,
    );
  }
}
