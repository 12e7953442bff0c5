// Offsets in the input being run turned into the line/column extents error records show.

import type { Span } from '../language/ast.js';
import type { SourceExtent } from './errors.js';

/** Source text and file of the input being run, to turn offsets into extents. */
export class SourceMap {
  private readonly lineStarts: number[] = [0];
  constructor(
    readonly text: string,
    readonly file?: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') this.lineStarts.push(i + 1);
      else if (text[i] === '\r' && text[i + 1] !== '\n') this.lineStarts.push(i + 1);
    }
  }
  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** The 1-based line of an offset. */
  lineNumber(offset: number): number {
    return this.lineOf(offset) + 1;
  }
  extent(span: Span): SourceExtent {
    // A statement inside `{ }` ends where the `}` starts: the blanks before it are not part of it
    // (pwsh's extents end at the last token), so tildes and InvocationInfo.Statement stop at the text.
    let end = span.end;
    while (end > span.start + 1 && (this.text[end - 1] === ' ' || this.text[end - 1] === '\t')) end--;
    if (end !== span.end) span = { ...span, end };
    const startLine = this.lineOf(span.start);
    const endLine = this.lineOf(Math.max(span.start, span.end - 1));
    const lineStart = this.lineStarts[startLine]!;
    const nextStart = this.lineStarts[startLine + 1] ?? this.text.length;
    const lineText = this.text.slice(lineStart, nextStart).replace(/\r?\n$|\r$/, '');
    return {
      file: this.file,
      startLine: startLine + 1,
      startColumn: span.start - lineStart + 1,
      endLine: endLine + 1,
      endColumn: span.end - (this.lineStarts[endLine] ?? 0) + 1,
      lineText,
      text: this.text.slice(span.start, span.end),
      lineBreak: startLine + 1 < this.lineStarts.length,
    };
  }
}
