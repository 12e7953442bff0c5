// Import-PowerShellDataFile: the hashtable of a .psd1 file, as pwsh 7.6.10 reads it. The file is parsed
// (any parse error: CouldNotParseAsPowerShellDataFile), its first hashtable literal is found (none:
// ...NoHashtableRoot) and evaluated only when it holds nothing but safe values (pwsh's SafeGetValue):
// literals, arrays, @( ), ( ), $( ), nested hashtables, script blocks, $true/$false/$null, unary
// operators, casts to primitive types, and strings whose $( ) hold the same. Anything else (a command, a
// variable, an operator, [ordered], a failed cast, a hashtable of more than 500 keys without
// -SkipLimitCheck) ends the command with "Cannot generate a PowerShell object ...". pwsh 7.6.10 checked:
// a missing path is PathNotFound (written, the next path goes on), a wildcard must name one file.

import { existsSync, readFileSync } from 'node:fs';
import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import type { MessageEntry } from '../engine/runtime-strings.js';
import { unwrap } from '../engine/convert.js';
import { expandPath, isFolder, resolveLiteral } from '../engine/paths.js';
import { SCRIPT_RUNNER_SERVICE, ScriptBlock, type ScriptBlockRunner } from '../engine/script-block.js';
import { SourceMap } from '../engine/source-map.js';
import { PSHashtable } from '../engine/values.js';
import { hasWildcard } from '../engine/wildcard.js';
import type { Expr, ScriptBlockAst, Statement } from '../language/ast.js';
import { parseScript } from '../language/parser.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { UTILITY } from './modules.js';
import { stringsParam, switchParam } from './param-builders.js';
import * as S from './utility-strings.js';

const BY_PATH = 'ByPath';
const BY_LITERAL_PATH = 'ByLiteralPath';
/** pwsh's limit on a data file's hashtable (without -SkipLimitCheck). */
const MAX_KEYS = 500;

export const importPowerShellDataFile = lazyCmdlet('Import-PowerShellDataFile', (): CmdletDefinition => ({
  name: 'Import-PowerShellDataFile',
  implementingType: 'Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand',
  module: UTILITY,
  synopsis: 'Imports values from a .psd1 file without invoking its contents.',
  defaultParameterSet: BY_PATH,
  parameters: [
    stringsParam('Path', 'The .psd1 files to read, wildcards allowed (each must name one file).', { sets: { [BY_PATH]: { position: 0, mandatory: true } } }),
    stringsParam('LiteralPath', 'The .psd1 files to read, taken literally.', {
      aliases: ['PSPath', 'LP'],
      sets: { [BY_LITERAL_PATH]: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true } },
    }),
    switchParam('SkipLimitCheck', 'Reads a hashtable of more than 500 keys.'),
  ],
  async process(ctx) {
    const literal = ctx.params.get<string[]>('LiteralPath');
    for (const typed of literal ?? ctx.params.get<string[]>('Path') ?? []) {
      const path = literal ? resolveLiteral(ctx.session, typed) : await onePath(ctx, typed);
      if (path === undefined) continue;
      if (isFolder(path) || !existsSync(path)) {
        await ctx.writeError(spec(notFound(typed), 'InvalidArgument', 'ArgumentException', 'System.ArgumentException', typed));
        continue;
      }
      ctx.writeObject(await readDataFile(ctx, path));
    }
  },
}));

function spec(entry: MessageEntry, category: string, exceptionType: string, exceptionFullName: string, targetObject?: unknown): ErrorSpec {
  return { ...entry, category, exceptionType, exceptionFullName, ...(targetObject === undefined ? {} : { targetObject }) };
}

const notFound = (typed: string): MessageEntry => ({ errorId: 'PathNotFound', message: `Cannot find path '${typed}' because it does not exist.` });

/** -Path: a wildcard must name exactly one file (pwsh's PathUtils.ResolveFilePath). */
async function onePath(ctx: CmdletContext, typed: string): Promise<string | undefined> {
  if (!hasWildcard(typed)) return expandPath(ctx.session, typed).paths[0];
  const { paths } = expandPath(ctx.session, typed);
  if (paths.length > 1) ctx.throwTerminatingError(spec(S.ReadWriteMultipleFilesNotSupported(), 'InvalidArgument', 'PSInvalidOperationException', 'System.Management.Automation.PSInvalidOperationException'));
  if (paths.length === 0) ctx.throwTerminatingError(spec(S.WildcardPathNotResolved(typed), 'OpenError', 'FileNotFoundException', 'System.IO.FileNotFoundException', typed));
  return paths[0];
}

async function readDataFile(ctx: CmdletContext, path: string): Promise<PSHashtable | undefined> {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = parseScript(text, path);
  const invalid = (entry: MessageEntry) => spec(entry, 'InvalidData', 'InvalidOperationException', 'System.InvalidOperationException', path);
  if (parsed.errors.length) {
    await ctx.writeError(invalid(S.CouldNotParseAsPowerShellDataFile(path)));
    return undefined;
  }
  const table = firstHashtable(parsed.script.statements);
  if (!table) {
    await ctx.writeError(invalid(S.CouldNotParseAsPowerShellDataFileNoHashtableRoot(path)));
    return undefined;
  }
  const source = text.slice(table.span.start, table.span.end);
  const dynamic = () => ctx.throwTerminatingError(spec(S.DynamicExpressionNotSafe(source), 'NotSpecified', 'InvalidOperationException', 'System.InvalidOperationException'));
  if (!safeExpr(table, ctx.params.has('SkipLimitCheck'))) dynamic();
  const value = await evaluate(ctx, source);
  return value ?? dynamic();
}

/** The safe hashtable evaluated as script; a cast that fails gives nothing (pwsh: the same dynamic-expression error). */
async function evaluate(ctx: CmdletContext, source: string): Promise<PSHashtable | undefined> {
  const text = `try { ${source}\n} catch { }`;
  const parsed = parseScript(text);
  const ast: ScriptBlockAst = parsed.script.block ?? { text, attributes: [], blocks: { end: parsed.script.statements }, named: false, requires: [], usingNamespaces: [], span: { start: 0, end: text.length } };
  const runner = ctx.session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner;
  const output = await runner.invokeScriptBlock(new ScriptBlock(ast, new SourceMap(text), runner), {}, ctx.signal);
  const value = unwrap(output[0]);
  return value instanceof PSHashtable ? value : undefined;
}

type HashtableExpr = Extract<Expr, { kind: 'hashtable' }>;

/** The file's first hashtable literal in source order, outside nested script blocks (pwsh's Ast.Find). */
function firstHashtable(statements: Statement[]): HashtableExpr | undefined {
  let first: HashtableExpr | undefined;
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const kind = (node as { kind?: unknown }).kind;
    if (kind === 'scriptBlock') return;
    if (kind === 'hashtable') {
      const table = node as HashtableExpr;
      if (!first || table.span.start < first.span.start) first = table;
      return;
    }
    if (kind === 'pipeline') return visit((node as { elements: unknown }).elements);
    for (const child of Array.isArray(node) ? node : Object.values(node)) visit(child);
  };
  visit(statements);
  return first;
}

const SAFE_UNARY = new Set(['-', '+', '-not', '!', '-bnot']);
const CONSTANT_VARIABLES = new Set(['true', 'false', 'null']);
/** .NET's primitive types (IntPtr aside), by the names a cast may use. */
const PRIMITIVES = new Set([
  'bool', 'boolean', 'byte', 'sbyte', 'int16', 'short', 'uint16', 'ushort', 'int', 'int32', 'uint32', 'uint', 'int64', 'long',
  'uint64', 'ulong', 'char', 'double', 'single', 'float',
]);

function safeStatement(statement: Statement, skipLimit: boolean): boolean {
  if (statement.kind !== 'pipeline' || statement.background) return false;
  const [element, ...rest] = statement.elements;
  return rest.length === 0 && element?.kind === 'expression' && !element.redirections?.length && safeExpr(element.expr, skipLimit);
}

function safeExpr(expr: Expr, skipLimit: boolean): boolean {
  switch (expr.kind) {
    case 'string':
    case 'number':
    case 'scriptBlock':
      return true;
    case 'variable':
      return CONSTANT_VARIABLES.has(expr.name.toLowerCase());
    case 'expandable':
      return expr.parts.every((part) => typeof part === 'string' || safeExpr(part, skipLimit));
    case 'array':
      return expr.elements.every((e) => safeExpr(e, skipLimit));
    case 'subexpression':
    case 'arraySubexpression':
      return expr.statements.every((s) => safeStatement(s, skipLimit));
    case 'paren':
      return safeStatement(expr.pipeline, skipLimit);
    case 'unary':
      return SAFE_UNARY.has(expr.op.toLowerCase()) && safeExpr(expr.operand, skipLimit);
    case 'cast':
      return PRIMITIVES.has(expr.typeName.toLowerCase().replace(/^system\./, '')) && safeExpr(expr.operand, skipLimit);
    case 'hashtable':
      if (expr.ordered || (!skipLimit && expr.entries.length > MAX_KEYS)) return false;
      return expr.entries.every((e) => safeExpr(e.key, skipLimit) && safeStatement(e.value, skipLimit));
    default:
      return false;
  }
}
