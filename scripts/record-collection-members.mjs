// Dev tool (needs pwsh 7.6.10, as the conformance recorder does): records from real PowerShell the
// Get-Member rows of the collections scripts build (List[T], Dictionary[K,V], ArrayList ...) and of the
// member objects `.PSObject.Properties` and `.PSObject.Methods` give (PSNoteProperty ...), and writes
// them as src/engine/collection-member-data.ts. A generic type is recorded once, made of marker classes
// (List[SpoArg1]); engine/collection-members.ts puts the real type arguments in their place.
// Usage: node scripts/record-collection-members.mjs
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareOracle, pwsh, root } from './conformance-pwsh.mjs';

/** Generic definitions and how to make one of marker type arguments. */
const GENERIC = {
  'System.Collections.Generic.List`1': '[System.Collections.Generic.List[SpoArg1]]::new()',
  'System.Collections.Generic.Dictionary`2': '[System.Collections.Generic.Dictionary[SpoArg1,SpoArg2]]::new()',
  'System.Collections.Generic.HashSet`1': '[System.Collections.Generic.HashSet[SpoArg1]]::new()',
  'System.Collections.Generic.Queue`1': '[System.Collections.Generic.Queue[SpoArg1]]::new()',
  'System.Collections.Generic.Stack`1': '[System.Collections.Generic.Stack[SpoArg1]]::new()',
  'System.Collections.Generic.SortedSet`1': '[System.Collections.Generic.SortedSet[SpoArg1]]::new()',
  'System.Collections.Generic.SortedDictionary`2': '[System.Collections.Generic.SortedDictionary[SpoArg1,SpoArg2]]::new()',
  'System.Collections.Generic.SortedList`2': '[System.Collections.Generic.SortedList[SpoArg1,SpoArg2]]::new()',
  'System.Collections.Concurrent.ConcurrentDictionary`2': '[System.Collections.Concurrent.ConcurrentDictionary[SpoArg1,SpoArg2]]::new()',
  'System.Collections.Concurrent.ConcurrentBag`1': '[System.Collections.Concurrent.ConcurrentBag[SpoArg1]]::new()',
  'System.Collections.Concurrent.ConcurrentQueue`1': '[System.Collections.Concurrent.ConcurrentQueue[SpoArg1]]::new()',
  'System.Collections.Concurrent.ConcurrentStack`1': '[System.Collections.Concurrent.ConcurrentStack[SpoArg1]]::new()',
  // A dictionary's entries, as its GetEnumerator() gives them.
  'System.Collections.Generic.KeyValuePair`2': '[System.Collections.Generic.KeyValuePair[SpoArg1,SpoArg2]]::new([SpoArg1]::new(), [SpoArg2]::new())',
};
/** Non-generic collections and the member objects, as they are. */
const PLAIN = {
  'System.Collections.ArrayList': '[System.Collections.ArrayList]::new()',
  'System.Collections.Specialized.OrderedDictionary': '[ordered]@{}',
  'System.Collections.Queue': '[System.Collections.Queue]::new()',
  'System.Collections.Stack': '[System.Collections.Stack]::new()',
  'System.Collections.DictionaryEntry': '[System.Collections.DictionaryEntry]::new(1, 2)',
  'System.Management.Automation.PSNoteProperty': "([pscustomobject]@{a=1}).PSObject.Properties['a']",
  'System.Management.Automation.PSScriptProperty': "[psscriptproperty]::new('s', {1})",
  'System.Management.Automation.PSAliasProperty': "[psaliasproperty]::new('s', 'a')",
  'System.Management.Automation.PSScriptMethod': "[psscriptmethod]::new('s', {1})",
  'System.Management.Automation.PSProperty': "'x'.PSObject.Properties['Length']",
};

const script = `
class SpoArg1 {}
class SpoArg2 {}
$out = [ordered]@{}
${Object.entries({ ...GENERIC, ...PLAIN })
  .map(([name, value]) => `$out['${name}'] = @(Get-Member -InputObject (${value}) | ForEach-Object { ,@($_.Name, [string]$_.MemberType, $_.Definition) })`)
  .join('\n')}
$out | ConvertTo-Json -Depth 5 -Compress`;

prepareOracle();
const run = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
if (run.status !== 0) throw new Error(run.stderr);
const data = JSON.parse(run.stdout);
const rows = (list) => list.map((r) => `    ${JSON.stringify(r)},`).join('\n');
writeFileSync(
  join(root, 'src/engine/collection-member-data.ts'),
  `// Recorded from pwsh 7.6.10 by scripts/record-collection-members.mjs; do not edit. Get-Member's rows
// of the collections, as [Name, MemberType, Definition] in Get-Member's order; a generic type's are
// recorded with the classes SpoArg1 and SpoArg2 as its type arguments (collection-members.ts replaces them).

type Row = readonly [string, string, string];

export const collectionRows: Readonly<Record<string, readonly Row[]>> = {
${Object.entries(data)
  .map(([type, list]) => `  ${JSON.stringify(type)}: [\n${rows(list)}\n  ],`)
  .join('\n')}
};
`,
);
console.log(`wrote src/engine/collection-member-data.ts: ${Object.keys(data).length} types`);
