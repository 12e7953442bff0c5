// PowerShell 7's background operator: `Get-Date &`, `$j = 1..3 | % { $_ } &`, `a && b &`. The pipeline
// (or chain) runs as Start-Job runs a block: a BackgroundJob (engine/jobs.ts) whose Command is the
// statement's text, in the caller's location, and the statement writes the job. As in pwsh 7.6.10
// (measured with the oracle), every variable the text reads that the caller has set becomes `${using:…}`
// in that text (nested blocks too, `$x.y` as `${using:x}.y`), except $true, $false, $null, $PID,
// $PSVersionTable, $PSEdition, $PSHOME and $Host; a variable the caller has not set stays as written
// (`$_` at the top level, `$nosuch`, `$env:HOME`).

import type { Span } from '../language/ast.js';
import { parseScript } from '../language/parser.js';
import type { ScriptBlock, ScriptBlockRunner } from './script-block.js';
import { scriptBlockFromParse } from './scriptblock-type.js';
import type { Session } from './session.js';
import { forEachVariableNode, type VariableNodeRef } from './variable-nodes.js';

const NEVER_USING = /^(global:)?(PID|PSVersionTable|PSEdition|PSHOME|HOST|TRUE|FALSE|NULL)$/i;
/** Variable drives and scopes whose variables the caller may have; other drives (`env:`) are no variables. */
const SCOPED = /^(global|script|local|private|using|variable):/i;

export interface BackgroundStart {
  /** The statement's node (a pipeline or a chain) and its text. */
  node: object;
  span: Span;
  text: string;
  session: Session;
  runner: ScriptBlockRunner;
}

/**
 * The block that starts the statement's job: `Start-Job -ScriptBlock {…}` around the rewritten text, run
 * in a scope of the caller's, so that Start-Job (commands layer, which owns the job table) reads the
 * `$using:` values there, as pwsh's background operator runs the Start-Job cmdlet. Module-qualified, so
 * that a function or alias named Start-Job does not take its place (pwsh 7.6.10 calls the cmdlet itself).
 */
export function backgroundJobStarter(start: BackgroundStart): ScriptBlock {
  const text = `Microsoft.PowerShell.Core\\Start-Job -ScriptBlock {${usingRewrite(start)}}`;
  return scriptBlockFromParse(text, parseScript(text), start.runner);
}

/** The statement's text with the caller's variables as `${using:name}`. */
function usingRewrite(start: BackgroundStart): string {
  const variables: VariableNodeRef[] = [];
  forEachVariableNode(start.node, (v) => variables.push(v));
  variables.sort((a, b) => a.start - b.start);
  let out = '';
  let at = start.span.start;
  for (const v of variables) {
    if (v.start < at || NEVER_USING.test(v.name) || !callerHas(start.session, v.name)) continue;
    const name = v.name.replace(/^using:/i, '');
    out += start.text.slice(at, v.start) + '${using:' + name.replace(/[{}`]/g, '`$&') + '}';
    at = v.end;
  }
  // The text ends with the statement's last token, as pwsh's extent does.
  return (out + start.text.slice(at, start.span.end)).replace(/[ \t]+$/, '');
}

function callerHas(session: Session, name: string): boolean {
  const colon = name.indexOf(':');
  if (colon > 0 && !SCOPED.test(name)) return false;
  const bare = colon > 0 ? name.slice(colon + 1) : name;
  const prefix = colon > 0 ? name.slice(0, colon).toLowerCase() : '';
  const scope = prefix === 'global' || prefix === 'script' || prefix === 'local' ? prefix : prefix === 'private' ? 'local' : undefined;
  return session.getVariable(bare, scope) !== undefined;
}
