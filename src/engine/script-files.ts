// Script files as commands (pwsh's ExternalScriptInfo): `./helper.ps1 -Name x`, `& $path`, `. ./config.ps1`.
// A command name with a path separator that names an existing .ps1 file runs that file: parsed, then
// bound and run as a function is (the same binder, param( ) block, begin/process/end and pipeline input),
// in a script scope of its own (or the caller's, dot-sourced), with `exit` ending only the script
// (script-invocation.ts). pwsh 7.6.10 checked: a bare `helper.ps1` is not looked for in the current
// folder, a folder or a missing file is "not recognized", and any other existing file would be started
// as a native program, which spo-shell never does (docs/language.md): it is "not recognized" too.

import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ScriptBlockAst } from '../language/ast.js';
import { parseScript } from '../language/parser.js';
import { tokenize } from '../language/tokenizer.js';
import type { CmdletDefinition } from './cmdlet.js';
import { ErrorRecord, PSErrorSignal, type SourceExtent } from './errors.js';
import { functionDefinition, isAdvanced, type FunctionInvoker } from './function-definition.js';
import { resolveLiteral } from './paths.js';
import { SCRIPT_RUNNER_SERVICE, ScriptBlock, type ScriptBlockRunner } from './script-block.js';
import type { Session } from './session.js';
import { SourceMap } from './source-map.js';
import { unmetRequirement } from './script-requirements.js';
import { scriptCommentHelp } from './comment-help.js';
import { moduleAvailability } from './required-modules.js';

/** Whether a command name is a path (pwsh looks such a name up as a file, never in the command table). */
export function isScriptPathName(name: string): boolean {
  return /[\\/]/.test(name);
}

/** The full path of the .ps1 file `name` names from the current location, or undefined when it names none. */
export function scriptFilePath(session: Session, name: string): string | undefined {
  if (!isScriptPathName(name) || !/\.ps1$/i.test(name)) return undefined;
  let path: string;
  try {
    path = resolveLiteral(session, name);
  } catch {
    return undefined; // a drive that does not exist, another provider's path
  }
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A script file read and parsed (a .ps1, a module's .psm1): its block and source map. A parse error is a
 * statement-terminating ParseException placed in the file.
 */
export function readScriptFile(path: string): { ast: ScriptBlockAst; source: SourceMap } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = parseScript(text, path);
  const source = new SourceMap(text, path);
  const error = parsed.errors[0];
  if (error) {
    const extent = source.extent({ start: Math.min(error.span.start, text.length), end: Math.min(error.span.end, text.length) });
    throw new PSErrorSignal(
      new ErrorRecord({ message: error.message, errorId: error.errorId, category: 'ParserError', exceptionType: 'ParseException', isParseError: true, extent }),
      'statement',
    );
  }
  const ast: ScriptBlockAst = parsed.script.block ?? {
    text,
    attributes: [],
    blocks: { end: parsed.script.statements },
    named: false,
    requires: [],
    usingNamespaces: [],
    span: { start: 0, end: text.length },
  };
  return { ast, source };
}

/**
 * The command that runs the script file at `path` (an ExternalScript): read and parsed now, as pwsh reads
 * the file at each call. A parse error is the call's statement-terminating ParseException, placed in the file;
 * an unmet `#Requires` line is one placed at the call (`call`: how and where it was called).
 */
export function scriptFileDefinition(
  path: string,
  invoker: FunctionInvoker & ScriptBlockRunner,
  call: { dotSource: boolean; invocationName: string; extent: SourceExtent },
  session: Session,
): CmdletDefinition {
  const { ast, source } = readScriptFile(path);
  // `#Requires` lines the shell does not meet stop the call (a statement-terminating error, as in pwsh); the
  // modules it can import are imported by the caller (importRequiredModules) before the script runs.
  const unmet = unmetRequirement(ast.requires, path, { invocationName: call.invocationName, extent: call.extent }, moduleAvailability(session));
  if (unmet) throw new PSErrorSignal(unmet, 'statement');
  const block = new ScriptBlock(ast, source, invoker);
  const definition = functionDefinition({ name: basename(path), block, isFilter: false, advanced: isAdvanced(block), dotSource: call.dotSource, scriptPath: path }, invoker);
  definition.commandType = 'ExternalScript';
  return definition;
}

const COMMANDS_SERVICE = 'engine.scriptFileCommands';

/** Where a script's last token that is not a comment ends (0 when it has none): its closing comments follow. */
function endOfCode(text: string): number {
  const tokens = tokenize(text);
  for (let i = tokens.count - 1; i >= 0; i--) {
    const kind = tokens.kind(i);
    if (kind !== 'comment' && kind !== 'newline' && kind !== 'eof') return tokens.end(i);
  }
  return 0;
}

/**
 * The command a script file is, for what reads it without running it (Get-Command, Get-Help, Tab
 * completion): its parameters from its param( ) block and its comment-based help. Kept per session by
 * path and modification time, so a completion at each Tab does not parse the file again. A parse error is
 * thrown as readScriptFile throws it.
 */
export function scriptFileCommand(session: Session, path: string): CmdletDefinition {
  let cache = session.services.get(COMMANDS_SERVICE) as Map<string, { stamp: string; definition: CmdletDefinition }> | undefined;
  if (!cache) session.services.set(COMMANDS_SERVICE, (cache = new Map()));
  const stats = statSync(path);
  const stamp = `${stats.mtimeMs}:${stats.size}`;
  const cached = cache.get(path);
  if (cached?.stamp === stamp) return cached.definition;
  const { ast, source } = readScriptFile(path);
  const invoker = session.services.get(SCRIPT_RUNNER_SERVICE) as FunctionInvoker & ScriptBlockRunner;
  const block = new ScriptBlock(ast, source, invoker);
  const definition = functionDefinition({ name: basename(path), block, isFilter: false, advanced: isAdvanced(block), scriptPath: path }, invoker);
  definition.commandType = 'ExternalScript';
  definition.commentHelp = scriptCommentHelp(source.text, endOfCode(source.text));
  cache.set(path, { stamp, definition });
  return definition;
}
