// What Get-PSCallStack reads of the running code (pwsh's CallStackFrame): the executor keeps one entry per
// script block, function or script file running (Executor.#frames); a function call hands it what pwsh's
// frame knows of the call. Only types here: the cmdlet builds its objects when it runs.

import type { SourceExtent } from './position.js';

/** What a call tells its frame; one object per function call (script blocks share constants). */
export interface FrameCall {
  /** The frame's Command: the function's or script file's name; '' for a block with no InvocationInfo; undefined: the frame's name. */
  readonly command?: string;
  /** The call's $MyInvocation; null: an anonymous one (.Invoke(), Where-Object blocks); undefined: its caller's (ForEach-Object blocks). */
  readonly invocation?: unknown;
  /** $PSBoundParameters, read when asked (a function that adds to it shows the addition, as in pwsh). */
  readonly bound?: object;
  /** The arguments no parameter took ($args as the call made it). */
  readonly args?: readonly unknown[];
  /** The scope the frame's variables live in (Session.scopeHandle), for GetFrameVariables(). */
  readonly scope?: object;
}

/** One frame of the call stack, innermost first, as the executor reports it. */
export interface CallStackEntry {
  /** FunctionName: `f`, `f<Process>`, `<ScriptBlock>`, a method's name. */
  readonly name: string;
  readonly file: string | undefined;
  /** The frame's current position (its last sequence point), if it reached one. */
  readonly extent: SourceExtent | undefined;
  readonly call: FrameCall | undefined;
  /** The outermost frame (the script or command line the host ran). */
  readonly root: boolean;
}

/** What offers the call stack (the session's script runner). */
export interface CallStackSource {
  callStack(): CallStackEntry[];
}
