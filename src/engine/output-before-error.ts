// What a collecting context held when an error (or break, continue, exit, Ctrl+C) left it. Pipelines
// stream (pipeline-runner.ts): a command's, function's or script block's objects go on as they are
// written, so they are never lost to an error. A few contexts still collect before they hand their
// output on: control flow inside an expression (`$x = foreach …`, `$( if … )`) and a script block run
// for its value. Such a layer attaches what it holds to the exception on its way out (outer output
// first), and the first layer that writes output as it goes (a statement list's emit, the top-level
// script) writes it before it handles or passes on the exception.

const before = new WeakMap<object, unknown[]>();

/** Records that `values` were written before `e` (ahead of anything recorded by inner layers). */
export function addOutputBefore(e: unknown, values: readonly unknown[]): void {
  if (values.length === 0 || typeof e !== 'object' || e === null) return;
  const inner = before.get(e);
  before.set(e, inner ? [...values, ...inner] : [...values]);
}

/** The output written before `e`, which the caller now writes (so it is taken only once). */
export function takeOutputBefore(e: unknown): unknown[] {
  if (typeof e !== 'object' || e === null) return [];
  const values = before.get(e);
  if (!values) return [];
  before.delete(e);
  return values;
}
