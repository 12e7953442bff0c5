// Get-Command: lists the commands and aliases of the shell as CommandType/Name/Version/Source rows.

import { parseVersion } from '../engine/version-types.js';
import { ALL_SETS, type CmdletContext, type CmdletDefinition, type CommandLookup, type ParameterMetadata } from '../engine/cmdlet.js';
import { EnumValue, PSObject } from '../engine/values.js';
import { resolveTypeName, runtimeType } from '../engine/types.js';
import { REMAINING_ARGUMENTS, scriptFunctionOf } from '../engine/function-definition.js';
import { allParameters, isDeclared, membership } from '../engine/command-metadata.js';
import { GenericDictionary } from '../engine/generic-types.js';
import { compareNames } from '../engine/command-table.js';
import { CommandNotFoundException } from '../engine/runtime-strings.js';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { scriptFileCommand, scriptFilePath } from '../engine/script-files.js';
import { utf8 } from '../engine/dotnet-statics.js';
import { VISIBILITY } from './variable-info.js';
import { scriptCommandInfo } from '../engine/automatic-variables.js';
import { spoInstallDirectory } from '../engine/install-directory.js';
import { CORE, MANAGEMENT, MANAGEMENT_HOST, MODULE_VERSIONS, SECURITY, SPO, UTILITY } from './modules.js';
import { COMMAND_TYPES } from './enums.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import { parameterSetNames, syntaxLines } from '../help/syntax.js';
import { parameterSetViewText } from './parameter-set-view.js';
import type { AliasDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { outputTypeNames } from '../engine/output-types.js';

const CMDLET_SET = 'CmdletSet';
const ALL_COMMAND_SET = 'AllCommandSet';

/** An alias's CommandInfo type; the formatter prints it, FunctionInfo and CmdletInfo as one table (format.ts). */
const ALIAS_INFO = 'System.Management.Automation.AliasInfo';

const TYPE_ORDER = { Alias: 0, Function: 1, Cmdlet: 2, ExternalScript: 3 } as const;
type CommandKind = keyof typeof TYPE_ORDER;

export interface Entry {
  kind: CommandKind;
  name: string;
  definition: CmdletDefinition;
  alias?: AliasDefinition;
  /** A script file's full path (`Get-Command ./helper.ps1`): its ExternalScriptInfo. */
  scriptPath?: string;
  /** The script's path as it was typed (its -Syntax names it so). */
  typedName?: string;
}

const stringArray = (name: string, sets: ParameterMetadata['sets'], description: string, aliases?: string[]): ParameterMetadata => ({
  name,
  kind: 'string[]',
  typeName: 'System.String[]',
  sets,
  description,
  ...(aliases ? { aliases } : {}),
});
const switchParam = (name: string, description: string): ParameterMetadata => ({
  name,
  kind: 'switch',
  typeName: 'System.Management.Automation.SwitchParameter',
  sets: { [ALL_SETS]: {} },
  description,
});

export const getCommand = lazyCmdlet('Get-Command', (): CmdletDefinition => ({
  name: 'Get-Command',
  implementingType: 'Microsoft.PowerShell.Commands.GetCommandCommand',
  module: CORE,
  synopsis: 'Gets the commands of the shell.',
  defaultParameterSet: CMDLET_SET,
  parameters: [
    {
      name: 'Name',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { [ALL_COMMAND_SET]: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      description: 'Names of the commands to get; wildcards are allowed.',
      completes: 'command',
    },
    { ...stringArray('Verb', { [CMDLET_SET]: { valueFromPipelineByPropertyName: true } }, 'Gets the commands whose verb matches.'), completes: 'verb' },
    { ...stringArray('Noun', { [CMDLET_SET]: { valueFromPipelineByPropertyName: true } }, 'Gets the commands whose noun matches.'), completes: 'noun' },
    { ...stringArray('Module', { [ALL_SETS]: { valueFromPipelineByPropertyName: true } }, 'Gets the commands of these modules.', ['PSSnapin']), completes: 'module' },
    {
      name: 'FullyQualifiedModule',
      kind: 'object[]',
      typeName: 'Microsoft.PowerShell.Commands.ModuleSpecification[]',
      sets: { [ALL_SETS]: { valueFromPipelineByPropertyName: true } },
      description: 'Module specifications (not supported by this shell).',
    },
    {
      name: 'CommandType',
      kind: 'enum',
      typeName: COMMAND_TYPES.fullName,
      enumType: COMMAND_TYPES,
      aliases: ['Type'],
      sets: { [ALL_COMMAND_SET]: { valueFromPipelineByPropertyName: true } },
      description: 'Gets only commands of these types: Alias, Function, Cmdlet, or All.',
    },
    {
      name: 'TotalCount',
      kind: 'int',
      typeName: 'System.Int32',
      sets: { [ALL_SETS]: { valueFromPipelineByPropertyName: true } },
      description: 'The most commands to return.',
    },
    switchParam('Syntax', 'Returns the syntax of each command instead of the command.'),
    switchParam('ShowCommandInfo', 'Returns Show-Command data (not supported by this shell).'),
    {
      name: 'ArgumentList',
      kind: 'object[]',
      typeName: 'System.Object[]',
      aliases: ['Args'],
      sets: { [ALL_SETS]: { position: 1, valueFromRemainingArguments: true } },
      description: 'Arguments for dynamic parameters; the shell has none, so they change nothing.',
    },
    switchParam('All', 'Gets every command, including hidden ones; the shell hides none.'),
    switchParam('ListImported', 'Gets only the commands of loaded modules; every module of the shell is loaded.'),
    stringArray('ParameterName', { [ALL_SETS]: {} }, 'Gets the commands that have these parameters.'),
    {
      name: 'ParameterType',
      kind: 'string[]',
      typeName: 'System.Management.Automation.PSTypeName[]',
      sets: { [ALL_SETS]: {} },
      description: 'Gets the commands that have parameters of these types.',
    },
    {
      name: 'UseFuzzyMatching',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [ALL_COMMAND_SET]: {} },
      description: 'Fuzzy name matching (not supported by this shell).',
    },
    {
      name: 'FuzzyMinimumDistance',
      kind: 'int',
      typeName: 'System.UInt32',
      sets: { [ALL_COMMAND_SET]: {} },
      description: 'Fuzzy matching distance (not supported by this shell).',
    },
    {
      name: 'UseAbbreviationExpansion',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [ALL_COMMAND_SET]: {} },
      description: 'Abbreviation expansion (not supported by this shell).',
    },
  ],
  async process(ctx) {
    for (const name of ['FullyQualifiedModule', 'ShowCommandInfo', 'UseFuzzyMatching', 'FuzzyMinimumDistance', 'UseAbbreviationExpansion']) {
      if (ctx.params.has(name)) {
        return ctx.throwTerminatingError({
          message: `The parameter '${name}' is not supported by this shell.`,
          errorId: 'NotSupported',
          category: 'NotImplemented',
          exceptionType: 'NotSupportedException',
          targetObject: name,
        });
      }
    }
    // ArgumentList (which also collects unknown parameters: it takes the remaining arguments) only
    // makes sense for one named command.
    if (ctx.params.has('ArgumentList') && !ctx.params.has('Name')) {
      return ctx.throwTerminatingError({
        message: 'The command could not be retrieved because the ArgumentList parameter can be specified only when retrieving a single cmdlet or script.',
        errorId: 'CommandArgsOnlyForSingleCmdlet',
        category: 'InvalidArgument',
        exceptionType: 'PSArgumentException',
        exceptionFullName: 'System.Management.Automation.PSArgumentException',
      });
    }
    const entries = await select(ctx);
    const total = ctx.params.get<number>('TotalCount');
    const limited = total !== undefined && total >= 0 ? entries.slice(0, total) : entries;
    const syntax = ctx.params.get('Syntax') === true;
    for (const e of limited) ctx.writeObject(syntax ? syntaxText(e) : commandObject(e, ctx.commands), false);
  },
}));

function everything(table: CommandLookup): Entry[] {
  const commands: Entry[] = table.all().map((d) => ({ kind: table.commandTypeOf(d), name: d.name, definition: d }));
  const aliases: Entry[] = [];
  for (const a of table.aliases()) {
    const target = table.resolve(a.target);
    if (target) aliases.push({ kind: 'Alias', name: a.name, definition: target.definition, alias: a });
  }
  return [...aliases, ...commands];
}

async function select(ctx: CmdletContext): Promise<Entry[]> {
  const p = ctx.params;
  const all = everything(ctx.commands);
  let chosen: Entry[];
  const names = p.get<string[]>('Name');
  if (names && names.length > 0) {
    // In the order the names were given; the commands one name matches in the usual order.
    chosen = [];
    for (const name of names) {
      // `Get-Command ./helper.ps1`: the script file the path names, as running it would find it.
      const scriptPath = scriptFilePath(ctx.session, name);
      if (scriptPath) {
        chosen.push({ kind: 'ExternalScript', name: scriptPath, definition: scriptFileCommand(ctx.session, scriptPath), scriptPath, typedName: name });
        continue;
      }
      const matches = all.filter((e) => wildcardMatch(name, e.name)).sort(byTypeAndName);
      if (matches.length === 0 && !hasWildcard(name)) {
        await ctx.writeError({
          ...CommandNotFoundException(name),
          category: 'ObjectNotFound',
          exceptionType: 'CommandNotFoundException',
          targetObject: name,
        });
      }
      for (const m of matches) if (!chosen.includes(m)) chosen.push(m);
    }
  } else {
    chosen = all.sort(byTypeAndName);
  }

  const verbs = p.get<string[]>('Verb');
  const nouns = p.get<string[]>('Noun');
  if (verbs || nouns) {
    // -Verb and -Noun select cmdlets and functions by the parts of their Verb-Noun name.
    chosen = chosen.filter((e) => {
      if (e.kind === 'Alias') return false;
      const dash = e.name.indexOf('-');
      const verb = dash > 0 ? e.name.slice(0, dash) : e.name;
      const noun = dash > 0 ? e.name.slice(dash + 1) : '';
      return (!verbs || verbs.some((v) => wildcardMatch(v, verb))) && (!nouns || nouns.some((n) => wildcardMatch(n, noun)));
    });
  }
  const modules = p.get<string[]>('Module');
  if (modules) chosen = chosen.filter((e) => e.kind !== 'Alias' && modules.some((m) => wildcardMatch(m, e.definition.module)));
  const type = p.get('CommandType');
  if (type !== undefined && type !== null) {
    const mask = type instanceof EnumValue ? type.value : Number(type);
    const flag = { Alias: 1, Function: 2, Cmdlet: 8, ExternalScript: 16 } as const;
    chosen = chosen.filter((e) => (mask & flag[e.kind]) !== 0);
  }
  const parameterNames = p.get<string[]>('ParameterName');
  if (parameterNames) {
    chosen = chosen.filter((e) =>
      allParameters(e.definition).some((param) =>
        parameterNames.some((pattern) => [param.name, ...(param.aliases ?? [])].some((n) => wildcardMatch(pattern, n))),
      ),
    );
  }
  const parameterTypes = p.get<string[]>('ParameterType');
  if (parameterTypes) {
    chosen = chosen.filter((e) =>
      allParameters(e.definition).some((param) =>
        parameterTypes.some((t) => {
          const short = param.typeName.slice(param.typeName.lastIndexOf('.') + 1);
          return wildcardMatch(t, param.typeName) || wildcardMatch(t, short);
        }),
      ),
    );
  }
  return chosen;
}

function byTypeAndName(a: Entry, b: Entry): number {
  return TYPE_ORDER[a.kind] - TYPE_ORDER[b.kind] || compareNames(a.name, b.name);
}

/** A CommandInfo row; an alias shows as `cls -> Clear-Host` in the Name column. */
export function commandObject(e: Entry, table: Pick<CommandLookup, 'commandTypeOf'>): PSObject {
  if (e.scriptPath) return externalScriptInfo(e.definition, e.scriptPath);
  const type = new EnumValue(COMMAND_TYPES, e.kind);
  if (e.alias) {
    return new PSObject(
      ALIAS_INFO,
      {
        CommandType: type,
        Name: e.alias.name,
        // The view's Name column shows DisplayName: `% -> ForEach-Object`.
        // Both as the alias's target is typed (`Set-Alias zz gci`: `zz -> gci`).
        DisplayName: `${e.alias.name} -> ${e.alias.target}`,
        Version: '',
        Source: '',
        Definition: e.alias.target,
        ResolvedCommandName: e.definition.name,
        ReferencedCommand: commandObject({ kind: table.commandTypeOf(e.definition) as CommandKind, name: e.definition.name, definition: e.definition }, table),
      },
      ['CommandType', 'Name', 'Version', 'Source'],
      e.alias.name,
    );
  }
  const module = e.definition.module;
  return new PSObject(
    e.kind === 'Function' ? 'System.Management.Automation.FunctionInfo' : 'System.Management.Automation.CmdletInfo',
    {
      CommandType: type,
      Name: e.definition.name,
      DisplayName: e.definition.name,
      Version: e.definition.moduleVersion ? parseVersion(e.definition.moduleVersion) : MODULE_VERSIONS[module] ? parseVersion(MODULE_VERSIONS[module]) : '',
      Source: module,
      ModuleName: module,
      Definition: '\n' + syntaxLines(e.definition, 'command').join('\n\n') + '\n',
      ...verbAndNoun(e.definition.name),
      ...commandMetadata(e.definition),
      ...(e.kind === 'Function' ? {} : assemblyFiles(module)),
    },
    ['CommandType', 'Name', 'Version', 'Source'],
    e.definition.name,
  );
}

/**
 * A script file's ExternalScriptInfo as Get-Command returns it (pwsh 7.6.10's properties in its order):
 * what $MyInvocation.MyCommand tells of the file, plus its text, its parameters and parameter sets.
 */
function externalScriptInfo(definition: CmdletDefinition, path: string): PSObject {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const info = scriptCommandInfo(text, path);
  const { ParameterSets, OutputType, Parameters } = commandMetadata(definition);
  const properties: Record<string, unknown> = {
    HelpUri: '',
    Path: path,
    Definition: path,
    Source: path,
    Visibility: new EnumValue(VISIBILITY, 'Public'),
    ScriptBlock: scriptFunctionOf(definition)?.block ?? text,
    OutputType,
    ScriptContents: text,
    OriginalEncoding: utf8(),
    Name: info.get('Name'),
    CommandType: new EnumValue(COMMAND_TYPES, 'ExternalScript'),
    Version: '',
    ModuleName: '',
    Module: null,
    RemotingCapability: 'PowerShell',
    Parameters,
    ParameterSets,
  };
  return new PSObject(info.typeName, properties, ['CommandType', 'Name', 'Version', 'Source'], String(info.get('Name')));
}

/**
 * The assembly each module's cmdlets come from in pwsh 7.6.10 (`(Get-Command Get-Date).DLL`), and the
 * SharePoint module's own (the real module ships Microsoft.Online.SharePoint.PowerShell.dll).
 */
const MODULE_ASSEMBLIES: Readonly<Record<string, string>> = {
  [CORE]: 'System.Management.Automation.dll',
  [UTILITY]: 'Microsoft.PowerShell.Commands.Utility.dll',
  [MANAGEMENT]: 'Microsoft.PowerShell.Commands.Management.dll',
  [SECURITY]: 'Microsoft.PowerShell.Security.dll',
  [MANAGEMENT_HOST]: 'Microsoft.PowerShell.ConsoleHost.dll',
  [SPO]: 'Microsoft.Online.SharePoint.PowerShell.dll',
};

/**
 * CmdletInfo's HelpFile (`<assembly>-Help.xml`, as pwsh names it) and the DLL its type data adds (the
 * assembly's path). pwsh's assemblies are in $PSHOME, the SharePoint module's in its ModuleBase: both are
 * spo-shell's installation folder, which holds no such file (docs/Get-Command.md).
 */
function assemblyFiles(module: string): { DLL: string | null; HelpFile: string | null } {
  const assembly = MODULE_ASSEMBLIES[module];
  return assembly ? { DLL: join(spoInstallDirectory(), assembly), HelpFile: `${assembly}-Help.xml` } : { DLL: null, HelpFile: null };
}

/** CommandInfo's Verb and Noun: the name's parts around its first dash (both empty without one), as pwsh splits them. */
function verbAndNoun(name: string): { Verb: string; Noun: string } {
  const dash = name.indexOf('-');
  return dash < 0 ? { Verb: '', Noun: '' } : { Verb: name.slice(0, dash), Noun: name.slice(dash + 1) };
}

/** An alias's syntax is its target's, under the alias's name, after the `name (alias) -> target` line. */
/**
 * What CommandInfo tells about a command's parameters: ParameterSets (each with its Name, shown as its
 * syntax), DefaultParameterSet, Parameters (name → ParameterMetadata with Name, ParameterType, Aliases,
 * in declaration order, then the CommonParameters), and ImplementingType (cmdlets only).
 */
function commandMetadata(def: CmdletDefinition): Record<string, unknown> {
  // A Dictionary[string,ParameterMetadata] whose keys ignore case, as pwsh's CommandInfo.Parameters.
  const parameters = new GenericDictionary('System.String', 'System.Management.Automation.ParameterMetadata', true);
  const listed = allParameters(def).filter((p) => p.name !== REMAINING_ARGUMENTS);
  for (const p of listed) {
    // ParameterSets: set name → ParameterSetMetadata; a parameter of every set (the CommonParameters) is
    // under __AllParameterSets, as in pwsh.
    const sets = new GenericDictionary('System.String', PARAMETER_SET_METADATA);
    const names = isDeclared(def, p) ? Object.keys(p.sets) : [ALL_SETS];
    for (const set of names.length ? names : [ALL_SETS]) sets.set(set === ALL_SETS ? ALL_PARAMETER_SETS : set, parameterSetMetadata(p, set));
    parameters.set(
      p.name,
      new PSObject(
        'System.Management.Automation.ParameterMetadata',
        {
          Name: p.name,
          ParameterType: runtimeType(p.typeName, p.enumType ? 'System.Enum' : undefined),
          ParameterSets: sets,
          IsDynamic: p.dynamic === true,
          Aliases: [...(p.aliases ?? [])],
          SwitchParameter: p.kind === 'switch',
        },
        undefined,
        'System.Management.Automation.ParameterMetadata',
      ),
    );
  }
  const syntax = syntaxLines(def, 'command');
  const sets = parameterSetNames(def).map((name, i) => {
    // The set's parameters in declaration order, then the CommonParameters (CommandParameterInfo).
    const inSet = listed.filter((p) => !isDeclared(def, p) || name === ALL_SETS || ALL_SETS in p.sets || name in p.sets);
    const isDefault = name === def.defaultParameterSet;
    const view = inSet.map((p) => ({ parameter: p, membership: membership(p, name), declared: isDeclared(def, p) }));
    return new CommandParameterSetInfo(
      { Name: name, IsDefault: isDefault, Parameters: inSet.map((p) => commandParameterInfo(p, name)) },
      // Shown as the set's syntax without the command name.
      (syntax[i] ?? '').slice(def.name.length + 1),
      (width) => parameterSetViewText(name, isDefault, view, width),
    );
  });
  return {
    ParameterSets: sets,
    DefaultParameterSet: def.defaultParameterSet ?? null,
    OutputType: outputTypes(def),
    Parameters: parameters,
    ImplementingType: def.commandType === 'Function' ? null : runtimeType(def.implementingType),
  };
}

/**
 * A function's [OutputType(...)] attributes as PSTypeNames, in order: a type literal or a type's name
 * (Name the full name, Type the type, or $null for a name no type has). Cmdlets declare none here.
 */
function outputTypes(def: CmdletDefinition): PSObject[] {
  const names = outputTypeNames(def);
  return names.map((name) => {
    let type: PSObject | null = null;
    try {
      type = resolveTypeName(name);
    } catch {
      // A name no type has stays a name (pwsh's PSTypeName keeps it with a null Type).
    }
    const fullName = type ? String(type.get('FullName')) : name;
    return new PSObject('System.Management.Automation.PSTypeName', { Name: fullName, Type: type, TypeDefinitionAst: null }, undefined, fullName);
  });
}

/** A parameter set of a command; Out-Default prints it through pwsh's custom view (format.ts reads `viewLine`). */
class CommandParameterSetInfo extends PSObject {
  constructor(
    props: Record<string, unknown>,
    text: string,
    readonly viewLine: (width: number) => string,
  ) {
    super('System.Management.Automation.CommandParameterSetInfo', props, undefined, text);
  }
}

const PARAMETER_SET_METADATA = 'System.Management.Automation.ParameterSetMetadata';
const ALL_PARAMETER_SETS = '__AllParameterSets';
/** A named parameter's Position, as .NET reports it: int.MinValue. */
const NAMED = -2147483648;

/** How a parameter takes part in one set (System.Management.Automation.ParameterSetMetadata). */
function parameterSetMetadata(p: ParameterMetadata, set: string): PSObject {
  const m = membership(p, set);
  return new PSObject(
    PARAMETER_SET_METADATA,
    {
      IsMandatory: m.mandatory === true,
      Position: m.position ?? NAMED,
      ValueFromPipeline: m.valueFromPipeline === true,
      ValueFromPipelineByPropertyName: m.valueFromPipelineByPropertyName === true,
      ValueFromRemainingArguments: m.valueFromRemainingArguments === true,
      HelpMessage: m.helpMessage ?? null,
      HelpMessageBaseName: null,
      HelpMessageResourceId: null,
    },
    undefined,
    PARAMETER_SET_METADATA,
  );
}

/** One parameter as a parameter set lists it (System.Management.Automation.CommandParameterInfo). */
function commandParameterInfo(p: ParameterMetadata, set: string): PSObject {
  const m = membership(p, set);
  return new PSObject(
    'System.Management.Automation.CommandParameterInfo',
    {
      Name: p.name,
      ParameterType: runtimeType(p.typeName, p.enumType ? 'System.Enum' : undefined),
      IsMandatory: m.mandatory === true,
      IsDynamic: false,
      Position: m.position ?? NAMED,
      ValueFromPipeline: m.valueFromPipeline === true,
      ValueFromPipelineByPropertyName: m.valueFromPipelineByPropertyName === true,
      ValueFromRemainingArguments: m.valueFromRemainingArguments === true,
      HelpMessage: m.helpMessage ?? null,
      Aliases: [...(p.aliases ?? [])],
    },
    undefined,
    // In a cell (a set's Parameters), a CommandParameterInfo shows its name: {Url, ClientTag, …}.
    p.name,
  );
}

function syntaxText(e: Entry): string {
  // A script shows as pwsh 7.6.10 shows it: as if its typed path were an alias of its full path.
  if (e.scriptPath && e.typedName) {
    return `${e.typedName} (alias) -> ${e.scriptPath}\n\n${syntaxLines({ ...e.definition, name: e.typedName }, 'command').join('\n\n')}\n`;
  }
  const definition = e.alias ? { ...e.definition, name: e.alias.name } : e.definition;
  const syntax = '\n' + syntaxLines(definition, 'command').join('\n\n') + '\n';
  return e.alias ? `${e.alias.name} (alias) -> ${e.definition.name}\n${syntax}` : syntax;
}
