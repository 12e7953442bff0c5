// Add-Type: what admin scripts ask of it on Linux. `-AssemblyName` succeeds silently for the assemblies
// pwsh 7.6.10 finds by name (the .NET shared framework's and pwsh's own, add-type-assemblies.ts): their
// types are what spo-shell's type table already has, or are not there in pwsh on Linux either. A name it
// does not find is looked for as a file beside the current location, as pwsh does, and fails with pwsh's
// error. C# source (-TypeDefinition, -MemberDefinition, -Path x.cs) and .dll files get spo-shell's own
// error: it has no compiler and runs no .NET code (docs/language.md, deviations). pwsh 7.6.10 checked:
// the first name or file that fails ends the command; -PassThru of an assembly lists its types, which
// spo-shell cannot (none are written: a facade such as System.Web has none in pwsh either).

import { existsSync } from 'node:fs';
import { extname, isAbsolute } from 'node:path';
import type { CmdletContext, CmdletDefinition, ErrorSpec } from '../engine/cmdlet.js';
import type { EnumType } from '../engine/values.js';
import type { MessageEntry } from '../engine/runtime-strings.js';
import { ParameterBindingFailed } from '../engine/binder-strings.js';
import { expandPath, isFolder, pathNotFound, resolveLiteral } from '../engine/paths.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { UTILITY } from './modules.js';
import { stringParam, stringsParam, switchParam } from './param-builders.js';
import { ASSEMBLY_VERSIONS } from './add-type-assemblies.js';
import * as S from './utility-strings.js';

const SOURCE_SET = 'FromSource';
const MEMBER_SET = 'FromMember';
const PATH_SET = 'FromPath';
const LITERAL_SET = 'FromLiteralPath';
const ASSEMBLY_SET = 'FromAssemblyName';
const COMPILED_SETS = [SOURCE_SET, MEMBER_SET, PATH_SET, LITERAL_SET];

const LANGUAGE: EnumType = { fullName: 'Microsoft.PowerShell.Commands.Language', names: ['CSharp'] };
const OUTPUT_ASSEMBLY_TYPE: EnumType = {
  fullName: 'Microsoft.PowerShell.Commands.OutputAssemblyType',
  names: ['Library', 'ConsoleApplication', 'WindowsApplication'],
};

const inSets = (sets: string[], extra: object = {}) => Object.fromEntries(sets.map((s) => [s, { ...extra }]));

export const addType = lazyCmdlet('Add-Type', (): CmdletDefinition => ({
  name: 'Add-Type',
  implementingType: 'Microsoft.PowerShell.Commands.AddTypeCommand',
  module: UTILITY,
  synopsis: 'Adds a Microsoft .NET class to a PowerShell session.',
  defaultParameterSet: SOURCE_SET,
  parameters: [
    stringParam('TypeDefinition', 'The C# source of the types (spo-shell cannot compile it).', { sets: { [SOURCE_SET]: { position: 0, mandatory: true } } }),
    stringParam('Name', 'The name of the type -MemberDefinition makes.', { sets: { [MEMBER_SET]: { position: 0, mandatory: true } } }),
    stringsParam('MemberDefinition', "The C# members of the -Name type (spo-shell cannot compile them).", { sets: { [MEMBER_SET]: { position: 1, mandatory: true } } }),
    stringParam('Namespace', 'The namespace of the -Name type.', { aliases: ['NS'], allowNull: true, sets: { [MEMBER_SET]: {} } }),
    stringsParam('UsingNamespace', 'The namespaces the -MemberDefinition source uses.', { aliases: ['Using'], sets: { [MEMBER_SET]: {} } }),
    stringsParam('Path', 'Source (.cs) or assembly (.dll) files, wildcards allowed.', { sets: { [PATH_SET]: { position: 0, mandatory: true } } }),
    stringsParam('LiteralPath', 'Source (.cs) or assembly (.dll) files, taken literally.', { aliases: ['PSPath', 'LP'], sets: { [LITERAL_SET]: { mandatory: true } } }),
    stringsParam('AssemblyName', 'Assemblies to load by name (System.Web, System.Net.Http ...).', { aliases: ['AN'], sets: { [ASSEMBLY_SET]: { mandatory: true } } }),
    { name: 'Language', kind: 'enum', typeName: LANGUAGE.fullName, enumType: LANGUAGE, sets: inSets([SOURCE_SET, MEMBER_SET]), description: 'The language of the source: CSharp.' },
    stringsParam('ReferencedAssemblies', 'Assemblies the source refers to.', { aliases: ['RA'], sets: inSets(COMPILED_SETS) }),
    stringParam('OutputAssembly', 'A file to write the compiled assembly to.', { aliases: ['OA'], sets: inSets(COMPILED_SETS) }),
    { name: 'OutputType', kind: 'enum', typeName: OUTPUT_ASSEMBLY_TYPE.fullName, enumType: OUTPUT_ASSEMBLY_TYPE, aliases: ['OT'], sets: inSets(COMPILED_SETS), description: 'Library, ConsoleApplication or WindowsApplication.' },
    switchParam('PassThru', 'Writes the types added.', { sets: inSets([...COMPILED_SETS, ASSEMBLY_SET]) }),
    switchParam('IgnoreWarnings', "Ignores the compiler's warnings.", { sets: inSets(COMPILED_SETS) }),
    stringsParam('CompilerOptions', "Options for the compiler.", { sets: inSets(COMPILED_SETS) }),
  ],
  process(ctx) {
    const names = ctx.params.get<string[]>('AssemblyName');
    if (names) {
      for (const name of names) loadAssemblyByName(ctx, name);
      return;
    }
    const literal = ctx.params.get<string[]>('LiteralPath');
    const paths = literal ?? ctx.params.get<string[]>('Path');
    if (paths) return addFromFiles(ctx, literal ? paths.map((p) => resolveLiteral(ctx.session, p)) : paths.flatMap((p) => resolvedSourcePaths(ctx, p)));
    fail(ctx, S.CompilerNotAvailable(), 'NotImplemented', 'NotSupportedException', 'System.NotSupportedException');
  },
}));

function fail(ctx: CmdletContext, entry: MessageEntry, category: string, exceptionType: string, exceptionFullName: string, targetObject?: unknown): never {
  const spec: ErrorSpec = { ...entry, category, exceptionType, exceptionFullName };
  if (targetObject !== undefined) spec.targetObject = targetObject;
  return ctx.throwTerminatingError(spec);
}

let known: Map<string, string> | undefined;
/** Lower-case assembly name → its version. */
function knownAssemblies(): Map<string, string> {
  if (!known) {
    known = new Map();
    for (const [version, names] of Object.entries(ASSEMBLY_VERSIONS)) for (const name of names.split(' ')) if (name) known.set(name.toLowerCase(), version);
  }
  return known;
}

/** Whether version `asked` (a.b[.c[.d]]) is at most `has`: .NET binds a name to an assembly at least as new. */
function versionFits(asked: string, has: string): boolean {
  const a = asked.split('.').map(Number);
  const h = has.split('.').map(Number);
  for (let i = 0; i < 4; i++) {
    const x = a[i] ?? 0;
    const y = h[i] ?? 0;
    if (Number.isNaN(x)) return false;
    if (x !== y) return x < y;
  }
  return true;
}

/** pwsh's LoadAssemblyHelper: by name first; else the name as a file (`<name>.dll` beside the current location). */
function loadAssemblyByName(ctx: CmdletContext, assemblyName: string): void {
  const [simple = '', ...fields] = assemblyName.split(',').map((f) => f.trim());
  const version = fields.find((f) => /^version\s*=/i.test(f))?.replace(/^version\s*=\s*/i, '');
  const has = knownAssemblies().get(simple.toLowerCase());
  if (has && (version === undefined || versionFits(version, has))) return;
  const file = /\.dll$/i.test(simple) ? simple : `${simple}.dll`;
  if (isAbsolute(assemblyName)) {
    if (!existsSync(assemblyName)) fail(ctx, S.AssemblyNotLoadable(assemblyName), 'NotSpecified', 'FileNotFoundException', 'System.IO.FileNotFoundException');
    fail(ctx, S.AssemblyLoadNotSupported(assemblyName), 'NotImplemented', 'NotSupportedException', 'System.NotSupportedException', assemblyName);
  }
  const path = resolveLiteral(ctx.session, file);
  if (!existsSync(path)) return ctx.throwTerminatingError(pathNotFound(path));
  fail(ctx, S.AssemblyLoadNotSupported(path), 'NotImplemented', 'NotSupportedException', 'System.NotSupportedException', path);
}

/** -Path: the files a path names (a wildcard that matches nothing stays as written); a missing file fails the binding, as pwsh's Path setter does. */
function resolvedSourcePaths(ctx: CmdletContext, typed: string): string[] {
  const { paths, wildcard } = expandPath(ctx.session, typed);
  if (wildcard) return paths.length ? paths : [resolveLiteral(ctx.session, typed)];
  const path = paths[0]!;
  if (!existsSync(path)) {
    const inner = pathNotFound(path).message;
    fail(ctx, ParameterBindingFailed('Path', inner), 'WriteError', 'ParameterBindingException', 'System.Management.Automation.ParameterBindingException');
  }
  return [path];
}

/** The files' extension decides: C# source and assemblies spo-shell cannot use; anything else pwsh refuses. */
function addFromFiles(ctx: CmdletContext, paths: string[]): void {
  const first = paths[0] ?? '';
  const extension = isFolder(first) ? '' : extname(first);
  const kind = extension.toLowerCase();
  if (kind !== '.cs' && kind !== '.dll') fail(ctx, S.FileExtensionNotSupported(extension.toUpperCase()), 'InvalidArgument', 'Exception', 'System.Exception');
  for (const path of paths) {
    if (existsSync(path)) continue;
    if (kind === '.cs') fail(ctx, S.SourceFileNotFound(path), 'NotSpecified', 'FileNotFoundException', 'System.IO.FileNotFoundException');
    fail(ctx, S.AssemblyNotLoadable(path), 'NotSpecified', 'FileNotFoundException', 'System.IO.FileNotFoundException');
  }
  if (kind === '.cs') fail(ctx, S.CompilerNotAvailable(), 'NotImplemented', 'NotSupportedException', 'System.NotSupportedException');
  fail(ctx, S.AssemblyLoadNotSupported(first), 'NotImplemented', 'NotSupportedException', 'System.NotSupportedException', first);
}
