// Source positions as error records show them: the extent type, PositionUtilities.VerboseMessage's
// "At line:N char:M" text with the source line and tildes, and the short type names of CategoryInfo.

/** A span of source text, 1-based lines and columns, end column exclusive. */
/**
 * One entry of a record's ScriptStackTrace (pwsh's debugger call stack): a script block that was running,
 * named as pwsh names it (`f`, `<ScriptBlock>`, `f<Process>`), and the line of the statement it had reached.
 */
export interface StackFrame {
  readonly name: string;
  readonly file: string | undefined;
  /** Undefined when the block had reached no statement yet. */
  readonly line: number | undefined;
}

export interface SourceExtent {
  /** Script path, or undefined for interactive / -c input. */
  file?: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** Full text of the start line (without its line break). */
  lineText: string;
  /** Text covered by the extent. */
  text: string;
  /** A line break follows the start line in the source (InvocationInfo.Line keeps it). */
  lineBreak?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Position messages (PositionUtilities.VerboseMessage)

const MAX_LINE = 69;

/** "At line:1 char:15\n+ <source>\n+ <spaces>~~~~" */
export function positionMessage(extent: SourceExtent): string {
  const file = extent.file ?? 'line';
  return `At ${file}:${extent.startLine} char:${extent.startColumn}\n+ ${sourceAndTildes(extent)}`;
}

/** The source line (truncated around the error) and the tilde line, joined by "\n+ ". */
export function sourceAndTildes(extent: SourceExtent): string {
  let sourceLine = extent.lineText.replace(/\s+$/, '');
  if (!sourceLine) return '';
  let spaces = extent.startColumn - 1;
  const endColumn = extent.endLine > extent.startLine ? sourceLine.length + 1 : extent.endColumn;
  let errorLength =
    endColumn <= sourceLine.length + 1 ? endColumn - extent.startColumn : sourceLine.length - extent.startColumn + 1;
  if (sourceLine.includes('\t')) {
    // Tabs become four spaces, and the tildes move with the text: the part before the error and
    // the erroneous part are expanded separately so both the offset and the length follow.
    const expand = (s: string) => s.replace(/\t/g, '    ');
    const before = expand(sourceLine.slice(0, spaces));
    const error = expand(sourceLine.slice(spaces, spaces + Math.max(errorLength, 0)));
    const after = expand(sourceLine.slice(spaces + Math.max(errorLength, 0)));
    sourceLine = before + error + after;
    spaces = before.length;
    errorLength = error.length;
  }
  let needsPrefix = false;
  let needsSuffix = false;
  const L = sourceLine.length;
  if (L > MAX_LINE) {
    const totalPrefix = spaces;
    let prefix = Math.min(totalPrefix, 12);
    const totalSuffix = L - errorLength - spaces;
    let suffix = Math.min(totalSuffix, 8);
    let cand = prefix + errorLength + suffix;
    if (cand >= MAX_LINE) {
      if (prefix + errorLength >= MAX_LINE) errorLength = MAX_LINE - prefix;
      needsSuffix = true;
    } else {
      const avail = totalPrefix - prefix;
      if (avail > 0) {
        prefix += Math.min(avail, MAX_LINE - cand);
        cand = prefix + errorLength + suffix;
      }
      if (cand < MAX_LINE && totalSuffix > 0) suffix += Math.min(totalSuffix, MAX_LINE - cand);
      needsSuffix = suffix < totalSuffix;
    }
    needsPrefix = prefix < totalPrefix;
    const start = Math.max(spaces - prefix, 0);
    sourceLine = sourceLine.slice(start, start + MAX_LINE);
    spaces = Math.min(spaces, prefix);
    errorLength = Math.min(errorLength, MAX_LINE - spaces);
  }
  const shown = (needsPrefix ? '\u2026 ' : '') + sourceLine + (needsSuffix ? ' \u2026' : '');
  const tildes = ' '.repeat(spaces + (needsPrefix ? 2 : 0)) + '~'.repeat(Math.max(errorLength, 1));
  return `${shown}\n+ ${tildes}`;
}

export function shortTypeName(value: unknown): string {
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int32' : 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  if (value && typeof value === 'object' && typeof value.valueOf() === 'number') {
    // A number as a command argument or a typed literal keeps its .NET type name.
    const type = (value as { type?: unknown }).type;
    if (typeof type === 'string') return type.slice(type.lastIndexOf('.') + 1);
    return shortTypeName(value.valueOf());
  }
  if (value && typeof value === 'object') {
    const s = String(value);
    if (/^[A-Za-z_][\w.]*$/.test(s) && s.includes('.')) return s.slice(s.lastIndexOf('.') + 1);
    return 'PSObject';
  }
  return 'Object';
}

