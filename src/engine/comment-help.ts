// Comment-based help (about_Comment_Based_Help): the `<# .SYNOPSIS … #>` block at the start of a
// function's body, or right before its `function` keyword, or at the start or end of a script file,
// read into the texts Get-Help shows.

import type { CommentHelp } from './cmdlet.js';

const KEYWORD = /^\s*\.(SYNOPSIS|DESCRIPTION|PARAMETER|EXAMPLE|NOTES|LINK|INPUTS|OUTPUTS|COMPONENT|ROLE|FUNCTIONALITY|FORWARDHELPTARGETNAME|FORWARDHELPCATEGORY|REMOTEHELPRUNSPACE|EXTERNALHELP)\b\s*(.*)$/i;

/** The help of a function whose body text is `body`, written at `start` in `source`. */
export function commentHelpOf(source: string, start: number, body: string): CommentHelp | undefined {
  const inside = /^\s*<#([\s\S]*?)#>/.exec(body);
  if (inside) return parseHelp(inside[1]!);
  // Before the keyword: a block comment that ends on the line before (at most one blank line between).
  const before = source.slice(0, start);
  const m = /<#([\s\S]*?)#>[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*$/.exec(before);
  return m ? parseHelp(m[1]!) : undefined;
}

/**
 * The help of a script file's text, as pwsh 7.6.10 finds it: a block comment at the start of the file, after
 * nothing but blank lines and line comments (`#Requires`), that has help keywords; one whose next statement
 * is a function must be followed by two blank lines, or it is that function's help. Else the block comment
 * that ends the file.
 */
export function scriptCommentHelp(text: string): CommentHelp | undefined {
  const leading = /^(?:\s*(?:#[^\n]*)?\n)*?\s*<#([\s\S]*?)#>([ \t]*\r?\n(?:[ \t]*\r?\n)*)?/.exec(text);
  if (leading) {
    const rest = text.slice(leading[0].length);
    const blankLines = (leading[2] ?? '').split('\n').length - 2;
    const beforeFunction = /^\s*(?:function|filter|workflow)\s/i.test(rest);
    const help = beforeFunction && blankLines < 2 ? undefined : parseHelp(leading[1]!);
    if (help) return help;
  }
  const trailing = /<#((?:(?!<#)[\s\S])*?)#>\s*$/.exec(text);
  return trailing ? parseHelp(trailing[1]!) : undefined;
}

function parseHelp(text: string): CommentHelp | undefined {
  const help: CommentHelp = { synopsis: '', description: '', parameters: {}, examples: [], notes: '', links: [] };
  let current: { keyword: string; argument: string; lines: string[] } | undefined;
  let found = false;
  const flush = () => {
    if (!current) return;
    const value = trimBlock(current.lines);
    switch (current.keyword) {
      case 'synopsis':
        help.synopsis = value;
        break;
      case 'description':
        help.description = value;
        break;
      case 'parameter':
        help.parameters[current.argument.toLowerCase()] = value;
        break;
      case 'example':
        help.examples.push(value);
        break;
      case 'notes':
        help.notes = value;
        break;
      case 'link':
        help.links.push(value || current.argument);
        break;
    }
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const k = KEYWORD.exec(line);
    if (k) {
      flush();
      found = true;
      current = { keyword: k[1]!.toLowerCase(), argument: k[2]!.trim(), lines: [] };
    } else {
      current?.lines.push(line);
    }
  }
  flush();
  // A comment without any help keyword is not help (PowerShell ignores it).
  return found ? help : undefined;
}

/** The keyword's lines without the indentation they share and without blank lines around. */
function trimBlock(lines: string[]): string {
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0).trimEnd()).join('\n');
}
