// Import-Module of a script module (a .psm1 file): loaded on the first such import, so start-up does
// not pay for it. The module's script runs once in a scope of its own (engine/script-modules.ts); what it
// exports (every function when it never calls Export-ModuleMember) goes into the session's command
// table, the rest stays the module's own. pwsh 7.6.10 checked: the script's output is dropped, a second
// import without -Force does nothing, -Force runs the script again in a new scope, and -Verbose says
// "Loading module from path" then "Importing function/variable/alias" for each member exported.

import { statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { CmdletContext, MutableCommands } from '../engine/cmdlet.js';
import { scriptFunctionOf } from '../engine/function-definition.js';
import { membersFor } from '../engine/instance-members.js';
import { resolveLiteral } from '../engine/paths.js';
import { readScriptFile } from '../engine/script-files.js';
import { PSErrorSignal } from '../engine/errors.js';
import { SCRIPT_RUNNER_SERVICE, ScriptBlock, type ScriptBlockRunner } from '../engine/script-block.js';
import { ScriptModule, moduleInfos, scriptModules } from '../engine/script-modules.js';
import type { ScriptBlockAst } from '../language/ast.js';
import type { SourceMap } from '../engine/source-map.js';
import { ArrayList, PSHashtable, PSObject } from '../engine/values.js';
import { unwrap } from '../engine/convert.js';
import { GenericDictionary } from '../engine/generic-types.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { commandDictionary, moduleInfoObject } from './builtin-module.js';
import { moduleNotFound } from './module-errors.js';

/** Imports the module file `name` names; writes the module with -PassThru. Errors as pwsh words them. */
export async function importModuleFile(ctx: CmdletContext, name: string, request: ImportRequest = {}): Promise<void> {
  let path: string;
  try {
    path = resolveLiteral(ctx.session, name);
  } catch {
    await ctx.writeError(moduleNotFound(name));
    return;
  }
  if (!isFile(path)) {
    await ctx.writeError(moduleNotFound(name));
    return;
  }
  const extension = extname(path);
  if (!['.psm1', '.psd1'].includes(extension.toLowerCase())) {
    await ctx.writeError({
      message: `The extension '${extension}' is not a valid module extension. The supported module extensions are '.dll', '.ps1', '.psm1', '.psd1' and '.cdxml'. Correct the extension then try adding the file '${path}' again.`,
      errorId: 'Modules_InvalidModuleExtension',
      category: 'InvalidOperation',
      exceptionType: 'InvalidOperationException',
      exceptionFullName: 'System.InvalidOperationException',
    });
    return;
  }
  const moduleName = basename(path, extension);
  const modules = scriptModules(ctx.session);
  const loaded = modules.get(moduleName.toLowerCase());
  if (loaded && (loaded.path === path || loaded.manifestPath === path) && !ctx.params.get<boolean>('Force')) {
    // Loaded already: its exported functions come into the session again (those a filter or
    // -AsCustomObject left out of it before too), without running the module a second time (pwsh).
    if (request.asCustomObject) return ctx.writeObject(moduleAsCustomObject(ctx, loaded));
    const table = ctx.commands.table!();
    const wanted = request.importFilter;
    for (const definition of loaded.exportedFunctions) {
      if (wanted && !exported(wanted.functions ?? [], definition.name)) continue;
      if (ctx.commands.resolve(definition.name)?.definition !== definition) table.register(definition);
    }
    if (ctx.params.get<boolean>('PassThru')) ctx.writeObject(scriptModuleInfo(loaded));
    return;
  }
  if (loaded) removeScriptModule(ctx, loaded);
  const module = extension.toLowerCase() === '.psd1' ? await loadManifestModule(ctx, moduleName, path, request) : await loadScriptModule(ctx, moduleName, path, request);
  if (!module) {
    await ctx.writeError(moduleNotFound(name));
    return;
  }
  modules.set(moduleName.toLowerCase(), module);
  // -AsCustomObject: the module is imported as usual (pwsh 7.6.10), and written as an object whose methods are its functions.
  if (request.asCustomObject) ctx.writeObject(moduleAsCustomObject(ctx, module));
  else if (ctx.params.get<boolean>('PassThru')) ctx.writeObject(scriptModuleInfo(module));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function loadScriptModule(ctx: CmdletContext, name: string, path: string, request: ImportRequest): Promise<ScriptModule | undefined> {
  const parsed = await readModuleFile(ctx, path);
  if (!parsed) return undefined;
  const { ast, source } = parsed;
  const module = new ScriptModule(name, path, dirname(path), {});
  await ctx.writeVerbose(`Loading module from path '${path}'.`);
  await runModule(ctx, module, ast, source, { scriptPath: path, args: request.args, importFilter: request.importFilter });
  return module;
}

/**
 * A module file parsed; a parse error is written as pwsh 7.6.10 writes it (the bare ParserError, without
 * its place), and undefined returned: the import then fails as "not found".
 */
async function readModuleFile(ctx: CmdletContext, path: string): Promise<ReturnType<typeof readScriptFile> | undefined> {
  try {
    return readScriptFile(path);
  } catch (e) {
    if (!(e instanceof PSErrorSignal) || !e.record.isParseError) throw e;
    // A record of no position, as one from another runspace is shown: `ParserError: <message>`.
    await ctx.writeError(e.record.fromChildProcess());
    return undefined;
  }
}

/**
 * A module manifest (.psd1): a hashtable whose RootModule (a .psm1 beside it) is loaded under the
 * manifest's name, with its ModuleVersion and Description; FunctionsToExport, AliasesToExport and
 * VariablesToExport narrow what the root module exports. As pwsh 7.6.10 says with -Verbose: the
 * manifest's path, the root module's, "Exporting function" for what the root module exports, then
 * "Importing function" for what the manifest lets through.
 */
async function loadManifestModule(ctx: CmdletContext, name: string, manifestPath: string, request: ImportRequest): Promise<ScriptModule | undefined> {
  const { text, list } = manifestFields(await readManifest(ctx, manifestPath));
  const version = text('ModuleVersion') ?? '0.0';
  const root = text('RootModule') ?? text('ModuleToProcess');
  await ctx.writeVerbose(`Loading module from path '${manifestPath}'.`);
  if (root === undefined) {
    const module = new ScriptModule(name, manifestPath, dirname(manifestPath), {}, version, 'Manifest', text('Description') ?? '');
    module.scope = ctx.session.newModuleScope(module);
    return module;
  }
  const rootPath = join(dirname(manifestPath), root);
  const parsed = await readModuleFile(ctx, rootPath);
  if (!parsed) return undefined;
  const { ast, source } = parsed;
  const module = new ScriptModule(name, rootPath, dirname(manifestPath), {}, version, 'Script', text('Description') ?? '');
  module.manifestPath = manifestPath;
  await ctx.writeVerbose(`Loading module from path '${rootPath}'.`);
  const filters = { functions: list('FunctionsToExport'), aliases: list('AliasesToExport'), variables: list('VariablesToExport') };
  await runModule(ctx, module, ast, source, { scriptPath: rootPath, manifest: filters, args: request.args, importFilter: request.importFilter });
  return module;
}

/** A manifest's keys read as text (`ModuleVersion`) and as lists of text (`FunctionsToExport`); undefined when absent. */
export function manifestFields(manifest: PSHashtable): { text(key: string): string | undefined; list(key: string): string[] | undefined } {
  return {
    text(key) {
      const value = unwrap(manifest.get(key));
      return value === null || value === undefined ? undefined : String(value);
    },
    list(key) {
      const value = unwrap(manifest.get(key));
      if (value === null || value === undefined) return undefined;
      return (Array.isArray(value) ? value : value instanceof ArrayList ? [...value] : [value]).map((v) => String(unwrap(v)));
    },
  };
}

/** The manifest's hashtable: the file is a data file, evaluated as such (a module's own file, as pwsh trusts it). */
export async function readManifest(ctx: CmdletContext, path: string): Promise<PSHashtable> {
  const { ast, source } = readScriptFile(path);
  const runner = ctx.session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner;
  const output = await runner.invokeScriptBlock(new ScriptBlock(ast, source, runner), {}, ctx.signal);
  const table = output.map(unwrap).find((v): v is PSHashtable => v instanceof PSHashtable);
  return table ?? new PSHashtable();
}

/**
 * Runs a module's script in its own new scope, then exports what it asked for (every function and alias
 * without Export-ModuleMember; `functionFilter`, New-Module's -Function, narrows the functions). Returns
 * what the script wrote (New-Module -ReturnResult); Import-Module drops it, as pwsh does.
 */
export async function runModule(
  ctx: CmdletContext,
  module: ScriptModule,
  ast: ScriptBlockAst,
  source: SourceMap,
  options: {
    scriptPath?: string;
    args?: unknown[];
    functionFilter?: readonly string[];
    /** A manifest's FunctionsToExport, AliasesToExport, VariablesToExport: what passes the root module's exports. */
    manifest?: { functions?: readonly string[]; aliases?: readonly string[]; variables?: readonly string[] };
    /** New-Module -AsCustomObject: nothing goes into the session; the exports are the object's members. */
    detached?: boolean;
    /**
     * Import-Module -Function/-Cmdlet/-Alias/-Variable: when given, only the exported members these lists
     * name are imported into the session (a kind without a list: none of it); the module still exports all.
     */
    importFilter?: ImportFilter;
  },
): Promise<unknown[]> {
  const session = ctx.session;
  const table = ctx.commands.table!();
  const runner = session.services.get(SCRIPT_RUNNER_SERVICE) as ScriptBlockRunner;
  module.scope = session.newModuleScope(module);
  const aliasesBefore = new Set(ctx.commands.aliases().map((a) => a.name.toLowerCase()));
  const output: unknown[] = [];
  session.enterScope(module.scope);
  try {
    if (options.scriptPath !== undefined) {
      session.defineVariable('PSScriptRoot', dirname(options.scriptPath), {}, 'local');
      session.defineVariable('PSCommandPath', options.scriptPath, {}, 'local');
    }
    const invocation = { dotSource: true, emit: (values: unknown[]) => void output.push(...values), ...(options.args ? { args: options.args } : {}) };
    await runner.invokeScriptBlock(new ScriptBlock(ast, source, runner), invocation, ctx.signal);
  } catch (e) {
    // A module whose script fails is not imported: what it defined goes, and the error ends the
    // Import-Module statement, shown at the call (pwsh 7.6.10), not the script that called it.
    if (!(e instanceof PSErrorSignal)) throw e;
    for (const definition of ctx.commands.all()) if (scriptFunctionOf(definition)?.block.closure === module.scope) table.unregister(definition.name);
    for (const alias of ctx.commands.aliases()) if (!aliasesBefore.has(alias.name.toLowerCase())) table.unregisterAlias(alias.name);
    if (ctx.invocation.extent) e.record.extent = ctx.invocation.extent;
    throw new PSErrorSignal(e.record, 'statement');
  } finally {
    session.popScope();
  }
  const functions = ctx.commands.all().filter((c) => scriptFunctionOf(c)?.block.closure === module.scope);
  const aliases = ctx.commands.aliases().filter((a) => !aliasesBefore.has(a.name.toLowerCase()));
  const exports = module.exports;
  const manifest = options.manifest;
  // Without Export-ModuleMember, pwsh exports every function and alias, and -Verbose says so in the order
  // the module made them, before the "Importing" lines (in name order).
  if (!exports) {
    const made = [...functions].sort((a, b) => (scriptFunctionOf(a)?.block.ast.span.start ?? 0) - (scriptFunctionOf(b)?.block.ast.span.start ?? 0));
    for (const definition of made) if (!options.functionFilter || exported(options.functionFilter, definition.name)) await ctx.writeVerbose(`Exporting function '${definition.name}'.`);
    const inOrder = ctx.commands.aliasesInOrder?.() ?? aliases;
    for (const alias of inOrder) if (!aliasesBefore.has(alias.name.toLowerCase())) await ctx.writeVerbose(`Exporting alias '${alias.name}'.`);
  }
  const imports = (kind: keyof ImportFilter, member: string) => !options.importFilter || exported(options.importFilter[kind] ?? [], member);
  for (const definition of functions) {
    definition.module = module.name;
    definition.moduleVersion = module.version;
    const byModule = exported(exports?.functions, definition.name) && (!options.functionFilter || exported(options.functionFilter, definition.name));
    if (byModule && (!manifest || exported(manifest.functions, definition.name))) {
      module.exportedFunctions.push(definition);
      if (options.detached || !imports('functions', definition.name)) {
        table.unregister(definition.name);
        module.privateFunctions.set(definition.name.toLowerCase(), definition);
      } else await ctx.writeVerbose(`Importing function '${definition.name}'.`);
    } else {
      table.unregister(definition.name);
      module.privateFunctions.set(definition.name.toLowerCase(), definition);
    }
  }
  for (const variable of exports?.variables.length ? session.moduleVariables(module.scope) : []) {
    if (!exported(exports!.variables, variable.name) || (manifest && !exported(manifest.variables, variable.name))) continue;
    module.exportedVariables.push(variable.name);
    if (options.detached || !imports('variables', variable.name)) continue;
    session.defineVariable(variable.name, variable.value, {}, 'global');
    await ctx.writeVerbose(`Importing variable '${variable.name}'.`);
  }
  for (const alias of aliases) {
    // Without Export-ModuleMember a module exports every alias it made (pwsh 7.6.10), as its functions.
    if (exported(exports?.aliases, alias.name) && (!manifest || exported(manifest.aliases, alias.name))) {
      module.exportedAliases.push(alias.name);
      if (imports('aliases', alias.name)) await ctx.writeVerbose(`Importing alias '${alias.name}'.`);
      else table.unregisterAlias(alias.name);
    } else table.unregisterAlias(alias.name);
  }
  return output;
}

/** Whether the member is among these names (wildcards allowed); every member when there is no list. */
function exported(patterns: readonly string[] | undefined, member: string): boolean {
  return patterns === undefined || patterns.some((p) => (hasWildcard(p) ? wildcardMatch(p, member) : p.toLowerCase() === member.toLowerCase()));
}

/** Import-Module's -Function, -Cmdlet, -Alias and -Variable lists (wildcards allowed). */
export interface ImportFilter {
  functions?: readonly string[];
  cmdlets?: readonly string[];
  aliases?: readonly string[];
  variables?: readonly string[];
}

/** What Import-Module asks of a module file beyond its path: the filters, -ArgumentList, and -AsCustomObject. */
export interface ImportRequest {
  importFilter?: ImportFilter;
  args?: unknown[];
  asCustomObject?: boolean;
}

/** Takes a module's exported commands out of the session and forgets it (Remove-Module, a -Force import). */
export function removeScriptModule(ctx: CmdletContext, module: ScriptModule): void {
  const table: MutableCommands = ctx.commands.table!();
  for (const definition of module.exportedFunctions) if (table.command(definition.name) === definition) table.unregister(definition.name);
  for (const alias of module.exportedAliases) table.unregisterAlias(alias);
  scriptModules(ctx.session).delete(module.name.toLowerCase());
}

/** A script module as a PSModuleInfo (ModuleType Script, Version 0.0, its exported members). */
export function scriptModuleInfo(module: ScriptModule): PSObject {
  const functions = module.exportedFunctions.map((f) => f.name);
  const variables = new GenericDictionary('System.String', 'System.Management.Automation.PSVariable', true);
  for (const name of module.exportedVariables) variables.set(name, 'System.Management.Automation.PSVariable');
  const info = moduleInfoObject({
    name: module.name,
    moduleType: module.moduleType,
    version: module.version,
    editions: [],
    exported: {
      ExportedCommands: commandDictionary([...functions, ...module.exportedAliases]),
      ExportedCmdlets: commandDictionary([]),
      ExportedFunctions: commandDictionary(functions),
      ExportedAliases: commandDictionary(module.exportedAliases),
      ExportedVariables: variables,
    },
    path: module.path,
    base: module.base,
    description: module.description,
  });
  moduleInfos.set(info, module);
  return info;
}

/**
 * Import-Module of a module object (`New-Module … | Import-Module`): a dynamic module joins the session's
 * list of modules (Get-Module lists it from then on); one already there stays as it is.
 */
export function importModuleObject(ctx: CmdletContext, module: ScriptModule): void {
  const modules = scriptModules(ctx.session);
  if (!modules.has(module.name.toLowerCase())) modules.set(module.name.toLowerCase(), module);
  if (ctx.params.get<boolean>('PassThru')) ctx.writeObject(scriptModuleInfo(module));
}

/**
 * New-Module -AsCustomObject: a PSCustomObject whose note properties are the module's exported variables
 * (their values) and whose script methods are its exported functions, run in the module's scope
 * (`$obj.Next()` keeps the module's `$script:` state), as pwsh 7.6.10 makes it.
 */
export function moduleAsCustomObject(ctx: CmdletContext, module: ScriptModule): PSObject {
  const properties: Record<string, unknown> = {};
  for (const name of module.exportedVariables) properties[name] = ctx.session.moduleVariables(module.scope).find((v) => v.name.toLowerCase() === name.toLowerCase())?.value;
  const object = new PSObject('System.Management.Automation.PSCustomObject', properties);
  const { members } = membersFor(object);
  for (const definition of module.exportedFunctions) {
    const block = scriptFunctionOf(definition)?.block;
    if (block) members.set({ kind: 'ScriptMethod', name: definition.name, script: block });
  }
  return object;
}
