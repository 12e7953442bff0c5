// The two parse benchmark files of issue 14 (bench/parse-10k.ts, bench/parse-constructs.ts), made
// here so the work tools (bench/parse-cold.ts) time exactly the same text.
import { loadCorpus } from '../test/fixtures/fuzz-generator.js';

/**
 * Realistic lines: the fuzz corpus without the here-string fragments (which would swallow the
 * rest of the script), repeated to 10,000 lines.
 */
export function tenThousandLines(): string[] {
  const lines = loadCorpus().filter((l) => !/^(@["']|["']@)|@["']$/.test(l) && !/^\s|`$/.test(l) && !/^(exit|throw)\b/.test(l));
  const script: string[] = [];
  for (let i = 0; script.length < 10_000; i++) script.push(lines[i % lines.length]!);
  return script;
}

/** Blocks of realistic script, each a few lines; `{n}` is replaced by a running number. */
export const CONSTRUCT_BLOCKS: Record<string, string> = {
  function: [
    'function Get-Site{n} {',
    '    param([string]$Url = "https://contoso{n}.sharepoint.com", [int]$Count = {n})',
    '    $result = @{ Url = $Url; Count = $Count + 1; Tags = @("a", "b") }',
    '    Write-Output $result',
    '}',
  ].join('\n'),
  if: [
    'if ($count{n} -gt 10 -and $name -like "site*") {',
    '    Write-Output "big $count{n}"',
    '} elseif ($count{n} -eq 0) {',
    '    Write-Warning "empty"',
    '} else {',
    '    $small = $true',
    '}',
  ].join('\n'),
  foreach: ['foreach ($item in 1..{n}) {', '    $total += $item * 2', '}'].join('\n'),
  while: ['$i = 0', 'while ($i -lt {n}) {', '    $i++', '}'].join('\n'),
  scriptblock: ['$filter{n} = { param($x) $x.Length -gt {n} }', '$ok = & $filter{n} "text"'].join('\n'),
  hereString: ['$body{n} = @"', 'Site: $siteUrl', "Owner: $($owner.Name) ({n})", '"@'].join('\n'),
  hereStringLiteral: ["$raw{n} = @'", 'literal $notExpanded {n}', "'@"].join('\n'),
  commands: [
    '$adminUrl = "https://contoso-admin.sharepoint.com"',
    'Connect-SPOService -Url $adminUrl -Credential $cred{n} -ErrorAction Stop',
    '$list = @(1, 2, {n}) + @("x", "y")',
    'Write-Output ("{0} of {1}" -f $list.Count, {n})',
  ].join('\n'),
};

/** Whole blocks of the kinds named, in turn, until 10,000 lines. */
export function constructsLines(kinds: string[] = Object.keys(CONSTRUCT_BLOCKS)): string[] {
  const lines: string[] = [];
  for (let n = 0; lines.length < 10_000; n++) {
    for (const kind of kinds) {
      if (lines.length >= 10_000) break;
      lines.push(...CONSTRUCT_BLOCKS[kind]!.replaceAll('{n}', String(n)).split('\n'));
    }
  }
  return lines;
}
