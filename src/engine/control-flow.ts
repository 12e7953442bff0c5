// Control-flow signals: how `break`, `continue` and `return` unwind the evaluator, as PowerShell's
// BreakException, ContinueException and ReturnException do. They are thrown by the statement
// that transfers control and caught by the loop (or the script / function) that owns the target;
// a label names the loop (`break outer`). `exit` is ExitSignal (errors.ts): it ends the script.

/** Base of the signals a loop catches; `label` is the loop label, undefined for the innermost loop. */
export abstract class LoopSignal extends Error {
  constructor(readonly label: string | undefined) {
    super(label === undefined ? 'loop control' : `loop control ${label}`);
  }

  /** True when a loop with this label (undefined for none) is the target. */
  targets(loopLabel: string | undefined): boolean {
    return this.label === undefined || (loopLabel !== undefined && this.label.toLowerCase() === loopLabel.toLowerCase());
  }
}

/** `break [label]`: leaves the target loop. Outside any loop it ends the script, as in PowerShell. */
export class BreakSignal extends LoopSignal {}

/** `continue [label]`: goes on with the target loop's next iteration. */
export class ContinueSignal extends LoopSignal {}

/**
 * `return [value]`: leaves the current script block. Its value has already been emitted; where
 * that output was being collected (a statement inside an expression), the collector attaches it
 * to `output` on the way up, so the script block's boundary keeps it.
 */
export class ReturnSignal extends Error {
  output: unknown[] = [];
  /** What the `return` statement's own value wrote (a class method's value: class-definition.ts). */
  returned: unknown[] = [];
  constructor() {
    super('return');
  }
}
