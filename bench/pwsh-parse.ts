// PowerShell's own parser on the same file, for the side-by-side parse figures (issue 14):
// `[System.Management.Automation.Language.Parser]::ParseInput` timed inside pwsh 7.6.10, the first
// call in a fresh pwsh (cold) and the median of repeats (warm), wall clock and process CPU.
// Optional: without pwsh the figure says so (the product and `npm test` never need pwsh).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PWSH = process.env.SPO_PWSH ?? '/root/.cache/spo-shell/pwsh-7.6.10/pwsh';

export interface PwshParseFigures {
  cold: number;
  warm: number;
  coldCpu: number;
  warmCpu: number;
}

/** Times ParseInput on the file's text; a string says why there is no figure. */
export function pwshParseFigures(file: string, repeats = 9): PwshParseFigures | string {
  if (!existsSync(PWSH)) return `skipped: no PowerShell at ${PWSH} (set SPO_PWSH to compare)`;
  const timing = `
    $text = [IO.File]::ReadAllText('${file.replace(/'/g, "''")}')
    $me = [Diagnostics.Process]::GetCurrentProcess()
    function Parse { $t = $null; $e = $null; $me.Refresh(); $c0 = $me.TotalProcessorTime; $sw = [Diagnostics.Stopwatch]::StartNew()
      [void][System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$t, [ref]$e)
      $wall = $sw.Elapsed.TotalMilliseconds; $me.Refresh(); ,@($wall, ($me.TotalProcessorTime - $c0).TotalMilliseconds) }
    $cold = Parse
    $runs = @(1..${repeats} | ForEach-Object { ,(Parse) })
    $mid = ${Math.floor(repeats / 2)}
    $inv = [cultureinfo]::InvariantCulture
    ($cold[0].ToString($inv), ($runs | ForEach-Object { $_[0] } | Sort-Object)[$mid].ToString($inv),
      $cold[1].ToString($inv), ($runs | ForEach-Object { $_[1] } | Sort-Object)[$mid].ToString($inv)) -join ' '`;
  const r = spawnSync(PWSH, ['-NoProfile', '-NonInteractive', '-Command', timing], { encoding: 'utf8', timeout: 180_000 });
  const [cold, warm, coldCpu, warmCpu] = (r.stdout ?? '').trim().split(/\s+/).map(Number);
  if (r.status !== 0 || ![cold, warm, coldCpu, warmCpu].every(Number.isFinite)) return `skipped: pwsh failed (${r.status}) ${(r.stderr ?? '').slice(0, 200)}`;
  return { cold: cold!, warm: warm!, coldCpu: coldCpu!, warmCpu: warmCpu! };
}
