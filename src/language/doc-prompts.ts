// Documentation pages show commands after a prompt (`PS C:\> Connect-SPOService ...`, `PS> ...`).
// A pasted line has that prompt removed before it runs (a documented deviation, docs/language.md);
// the history's secret check removes it too, so it reads the same command the engine runs.
// Lines inside a here-string are text, not commands: they keep a `PS>` of theirs, as pwsh keeps it.

const DOCUMENTATION_PROMPT = /^([ \t]*)PS(?: [A-Za-z]:[^>\r\n]*| [^>\r\n]*)?> ?/;
/** The same at the start of any line of a text. */
const ANY_DOCUMENTATION_PROMPT = new RegExp(DOCUMENTATION_PROMPT.source, 'm');
/** A line that opens a here-string: `@"` or `@'` last on it (blanks may follow). */
const HERE_STRING_OPENER = /@(["'])[ \t]*\r?$/;

/** The text with a documentation prompt removed from the start of every line that is not inside a here-string. */
export function stripDocumentationPrompts(text: string): string {
  // Most input has no prompt at all (`$PSItem` has no `PS>`): no copy of it is made then.
  if (!ANY_DOCUMENTATION_PROMPT.test(text)) return text;
  const lines = text.split('\n');
  let closer: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (closer !== undefined) {
      // The here-string ends at a line that starts with its quote and @ (`"@`, `'@`).
      if (line.startsWith(closer)) closer = undefined;
      continue;
    }
    const stripped = line.replace(DOCUMENTATION_PROMPT, '$1');
    lines[i] = stripped;
    const opener = HERE_STRING_OPENER.exec(stripped);
    if (opener) closer = `${opener[1]}@`;
  }
  return lines.join('\n');
}
