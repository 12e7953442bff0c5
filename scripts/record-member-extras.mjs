// Dev tool (needs pwsh 7.6.10, as the conformance recorder does): records from real PowerShell what
// Get-Member -Force adds to the members of the .NET types spo models (src/engine/member-catalog.ts)
// and what Get-Member -Static lists for the types a script can name, and writes them as
// src/engine/member-extras-data.ts. Usage: node scripts/record-member-extras.mjs
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareOracle, pwsh, root } from './conformance-pwsh.mjs';

const INSTANCES = {
  'System.String': `'a'`,
  'System.Char': `[char]'a'`,
  'System.Int32': '1',
  'System.Collections.Hashtable': '@{}',
  'System.Boolean': '$true',
  'System.Double': '1.5',
  'System.Object[]': '@(1)',
  'System.Text.RegularExpressions.Regex': `[regex]'a'`,
  'System.Text.RegularExpressions.Match': `([regex]'a').Match('a')`,
  'System.Text.RegularExpressions.Group': `([regex]'(a)').Match('a').Groups[1]`,
  'System.DateTime': '[datetime]::new(2020, 1, 1)',
  'System.TimeSpan': '[timespan]1',
  'System.Management.Automation.PSCredential': `[pscredential]::new('u', (ConvertTo-SecureString 'x' -AsPlainText -Force))`,
  'System.Security.SecureString': `(ConvertTo-SecureString 'x' -AsPlainText -Force)`,
  'System.Guid': '[guid]::Empty',
  'System.Uri': `[uri]'http://x/'`,
  'System.Diagnostics.Stopwatch': '[System.Diagnostics.Stopwatch]::new()',
  'System.DateTimeOffset': '[datetimeoffset]::UnixEpoch',
  'System.TimeZoneInfo': '[TimeZoneInfo]::Utc',
};
// Regex's statics are in static-member-catalog.ts already (Tab completion reads them).
const STATIC_TYPES = [
  'System.String', 'System.Char', 'System.Int32', 'System.Int64', 'System.Boolean', 'System.Double', 'System.DateTime',
  'System.TimeSpan', 'System.Guid', 'System.Uri', 'System.Math', 'System.Convert', 'System.Environment', 'System.IO.Path',
  'System.IO.File', 'System.Text.Encoding', 'System.StringComparer', 'System.Globalization.CultureInfo', 'System.Enum',
  'System.MidpointRounding', 'System.Management.Automation.PSCredential', 'System.Security.SecureString',
  'System.Collections.Hashtable', 'System.Object[]', 'System.Text.RegularExpressions.Match',
  'System.Text.RegularExpressions.Group', 'System.Management.Automation.PSCustomObject',
  'System.Net.WebUtility', 'System.Web.HttpUtility', 'System.Diagnostics.Stopwatch',
  'System.BitConverter', 'System.Security.Cryptography.HashAlgorithm', 'System.DateTimeOffset', 'System.TimeZoneInfo',
  ...['SHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5'].flatMap((a) => [`System.Security.Cryptography.${a}`, `System.Security.Cryptography.HMAC${a}`]),
];

const script = `
$row = { param($m) ,@($m.Name, [string]$m.MemberType, $m.Definition) }
$out = [ordered]@{ force = [ordered]@{}; statics = [ordered]@{} }
${Object.entries(INSTANCES)
  .map(([name, value]) => `$v = ${value}
$plain = @(Get-Member -InputObject $v | ForEach-Object { $_.Name + '|' + $_.MemberType })
$out.force['${name}'] = @(Get-Member -InputObject $v -Force | Where-Object { ($_.Name + '|' + $_.MemberType) -notin $plain } | ForEach-Object { & $row $_ })`)
  .join('\n')}
foreach ($t in ${STATIC_TYPES.map((t) => `'${t}'`).join(',')}) { $out.statics[$t] = @(Get-Member -InputObject ([type]$t) -Static | ForEach-Object { & $row $_ }) }
$out | ConvertTo-Json -Depth 5 -Compress`;

prepareOracle();
const run = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
if (run.status !== 0) throw new Error(run.stderr);
const data = JSON.parse(run.stdout);
const rows = (list) => list.map((r) => `    ${JSON.stringify(r)},`).join('\n');
const table = (record) =>
  Object.entries(record)
    .map(([type, list]) => `  ${JSON.stringify(type)}: [\n${rows(list)}\n  ],`)
    .join('\n');
writeFileSync(
  join(root, 'src/engine/member-extras-data.ts'),
  `// Recorded from pwsh 7.6.10 by scripts/record-member-extras.mjs; do not edit. Get-Member -Force's rows
// beyond Get-Member's own (engine/member-catalog.ts) for the .NET types spo models, and
// Get-Member -Static's rows, as [Name, MemberType, Definition] in Get-Member's order. Loaded only by
// Get-Member -Force / -Static (an import() of its own).

type Row = readonly [string, string, string];

export const forcedRows: Readonly<Record<string, readonly Row[]>> = {
${table(data.force)}
};

export const staticRows: Readonly<Record<string, readonly Row[]>> = {
${table(data.statics)}
};
`,
);
console.log(`wrote src/engine/member-extras-data.ts: ${Object.keys(data.force).length} -Force types, ${Object.keys(data.statics).length} -Static types`);
