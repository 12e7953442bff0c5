// Get-Module -ListAvailable's modules of $env:PSModulePath: `<folder>/<Name>/<Name>.psd1` (else `.psm1`),
// folder by folder in the variable's order, each folder's modules by name, as pwsh 7.6.10 lists them. A
// module is read, never run: a manifest's data gives its version, editions and exports; a script module's
// exports are the functions its file defines at its top level (pwsh's own analysis: Export-ModuleMember,
// aliases and functions defined inside other statements are not seen). Loaded only by -ListAvailable.

import { readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { CmdletContext } from '../engine/cmdlet.js';
import { readScriptFile } from '../engine/script-files.js';
import type { PSObject } from '../engine/values.js';
import { hasWildcard, wildcardMatch } from '../engine/wildcard.js';
import type { ScriptBlockAst } from '../language/ast.js';
import { commandDictionary, markAsListed, moduleInfoObject } from './builtin-module.js';
import { manifestFields, readManifest } from './script-module-import.js';

/** The available modules whose names pass `named`, as ModuleInfoGrouping PSModuleInfo objects, in pwsh's order. */
export async function listModulePathModules(ctx: CmdletContext, named: (name: string) => boolean, skip: (name: string) => boolean): Promise<PSObject[]> {
  const infos: PSObject[] = [];
  const seen = new Set<string>();
  for (const folder of (process.env.PSModulePath ?? '').split(delimiter)) {
    if (folder === '' || seen.has(folder)) continue;
    seen.add(folder);
    for (const name of moduleFolders(folder)) {
      if (!named(name) || skip(name)) continue;
      const base = join(folder, name);
      const manifest = join(base, `${name}.psd1`);
      const script = join(base, `${name}.psm1`);
      try {
        if (isFile(manifest)) infos.push(await manifestModuleInfo(ctx, name, base, manifest));
        else if (isFile(script)) infos.push(scriptModuleListing(name, base, script));
      } catch {
        // A module whose file does not read or parse is left out of the listing, as pwsh leaves it.
      }
    }
  }
  return infos;
}

/** The folder's sub-folders by name (ordinal, ignoring case); none when it cannot be read. */
function moduleFolders(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort((a, b) => {
        const x = a.toUpperCase();
        const y = b.toUpperCase();
        return x < y ? -1 : x > y ? 1 : 0;
      });
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The names of the functions a script defines at its top level. */
function topLevelFunctions(ast: ScriptBlockAst): string[] {
  const names: string[] = [];
  for (const list of [ast.blocks.begin, ast.blocks.process, ast.blocks.end]) {
    for (const statement of list ?? []) if (statement.kind === 'function') names.push(statement.name);
  }
  return names;
}

function scriptModuleListing(name: string, base: string, path: string): PSObject {
  const functions = topLevelFunctions(readScriptFile(path).ast);
  return listedModule({ name, base, path, moduleType: 'Script', version: '0.0', editions: [], functions, aliases: [], description: '' });
}

async function manifestModuleInfo(ctx: CmdletContext, name: string, base: string, path: string): Promise<PSObject> {
  const { text, list } = manifestFields(await readManifest(ctx, path));
  const root = text('RootModule') ?? text('ModuleToProcess');
  const rootPath = root === undefined ? undefined : join(base, root);
  const isScript = rootPath !== undefined && rootPath.toLowerCase().endsWith('.psm1') && isFile(rootPath);
  // FunctionsToExport of plain names is the list; patterns (or none) pass the root module's own functions.
  const patterns = list('FunctionsToExport');
  const own = isScript ? topLevelFunctions(readScriptFile(rootPath).ast) : [];
  const functions = patterns && !patterns.some(hasWildcard) ? patterns : own.filter((f) => !patterns || patterns.some((p) => wildcardMatch(p, f)));
  const aliases = (list('AliasesToExport') ?? []).filter((a) => !hasWildcard(a));
  return listedModule({
    name,
    base,
    path,
    moduleType: isScript ? 'Script' : 'Manifest',
    version: text('ModuleVersion') ?? '0.0',
    editions: list('CompatiblePSEditions') ?? [],
    functions,
    aliases,
    description: text('Description') ?? '',
  });
}

interface Listed {
  name: string;
  base: string;
  path: string;
  moduleType: 'Script' | 'Manifest';
  version: string;
  editions: string[];
  functions: string[];
  aliases: string[];
  description: string;
}

function listedModule(m: Listed): PSObject {
  const info = moduleInfoObject({
    ...m,
    exported: {
      ExportedCommands: commandDictionary([...m.functions, ...m.aliases]),
      ExportedCmdlets: commandDictionary([]),
      ExportedFunctions: commandDictionary(m.functions),
      ExportedAliases: commandDictionary(m.aliases),
    },
  });
  markAsListed(info);
  return info;
}
