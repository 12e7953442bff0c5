// What a command, function or script block wrote before an error (or break, continue, exit, Ctrl+C)
// left it. PowerShell's pipeline streams: `function f { 'before'; throw 'x' }; try { f } catch { }`
// prints 'before', because the object went down the pipeline before the throw. spo-shell collects a
// block's output in an array and hands it on when the block ends, so an exception leaving the block
// would drop that array. Every layer that collects output therefore attaches what it holds to the
// exception on its way out (outer output first), and the first layer that writes output as it goes
// (a statement list's emit, the top-level script) writes it before it handles or passes on the
// exception. A pipeline element that is not the last drops its part: its objects were meant for the
// next command, not for the screen.

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

/** Forgets the output written before `e` (a pipeline element's output that the next element would have had). */
export function dropOutputBefore(e: unknown): void {
  if (typeof e === 'object' && e !== null) before.delete(e);
}
