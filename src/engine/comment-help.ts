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
 * The help of a script file, as pwsh 7.6.10 finds it: among the comments before the script's first
 * statement, or else among those after its last (`end`: where that statement ends). Comments on lines
 * that follow each other form a group, read as one text (`# .SYNOPSIS` lines too). The first group that is help wins, except
 * that one the script's first statement follows by less than two blank lines is that statement's own
 * help when the statement is a function.
 */
export function scriptCommentHelp(text: string, end: number): CommentHelp | undefined {
  const leading = commentGroups(text, 0);
  for (const [i, group] of leading.groups.entries()) {
    const last = i === leading.groups.length - 1;
    if (last && leading.blankLinesAfter < 2 && /^(?:function|filter|workflow)\s/i.test(text.slice(leading.next))) continue;
    const help = parseHelp(group);
    if (help) return help;
  }
  for (const group of commentGroups(text, end).groups) {
    const help = parseHelp(group);
    if (help) return help;
  }
  return undefined;
}

type Comment = { block: boolean; text: string };

/**
 * The text help is read from in a group: its comments' texts, each from a new line, so a comment before
 * the help keywords makes the group no help.
 */
function groupText(group: Comment[]): string {
  return group.map((c) => c.text).join('\n');
}

/**
 * The comment groups from `from` up to the next text that is not a comment (`next`; text.length at the
 * end), as the texts help is read from, and the blank lines between the last group and `next`.
 */
function commentGroups(text: string, from: number): { groups: string[]; next: number; blankLinesAfter: number } {
  const groups: Comment[][] = [];
  let group: Comment[] | undefined;
  let blankLines = 0;
  let i = from;
  const done = (next: number) => ({ groups: groups.map(groupText), next, blankLinesAfter: blankLines });
  while (i < text.length) {
    const newline = text.indexOf('\n', i);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(i, lineEnd);
    const start = i + line.length - line.trimStart().length;
    const trimmed = line.trim();
    let comment: Comment;
    if (trimmed === '') {
      if (i > from) blankLines++;
      group = undefined;
      i = lineEnd + 1;
      continue;
    } else if (trimmed.startsWith('<#')) {
      const close = text.indexOf('#>', start + 2);
      if (close < 0) return done(start);
      comment = { block: true, text: text.slice(start + 2, close) };
      const after = text.indexOf('\n', close);
      i = after < 0 ? text.length : after + 1;
    } else if (trimmed.startsWith('#')) {
      comment = { block: false, text: trimmed.slice(1) };
      i = lineEnd + 1;
    } else {
      return done(start);
    }
    if (!group) groups.push((group = []));
    group.push(comment);
    blankLines = 0;
  }
  return done(text.length);
}

function parseHelp(text: string): CommentHelp | undefined {
  const help: CommentHelp = { synopsis: '', description: '', parameters: {}, examples: [], notes: '', links: [], inputs: [], outputs: [] };
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
      case 'inputs':
        help.inputs.push(value);
        break;
      case 'outputs':
        help.outputs.push(value);
        break;
      case 'component':
        help.component = value;
        break;
      case 'role':
        help.role = value;
        break;
      case 'functionality':
        help.functionality = value;
        break;
    }
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const k = KEYWORD.exec(line);
    if (k) {
      flush();
      found = true;
      current = { keyword: k[1]!.toLowerCase(), argument: k[2]!.trim(), lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim()) {
      return undefined; // text before the first keyword: pwsh takes the comment for no help at all
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
