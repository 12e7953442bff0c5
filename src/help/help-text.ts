// Text pieces both help pages built from a command's own metadata share: the one for comment-based
// help (comment-help-view.ts) and the syntax-only one of a function without it (extended-help-view.ts).

/** pwsh's common-parameters paragraph, with its own line breaks. */
export const COMMON_PARAMETERS_TEXT = [
  'This cmdlet supports the common parameters: Verbose, Debug,',
  'ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
  'OutBuffer, PipelineVariable, and OutVariable. For more information, see',
  'about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).',
];

/**
 * One line broken at the console's last column (pwsh's formatter cuts words), each piece after `indent`
 * spaces; an empty line is `empty` (the two pages differ there, as pwsh's do).
 */
export function cutAtWidth(line: string, indent: number, width: number, empty: string): string[] {
  const pad = ' '.repeat(indent);
  const room = Math.max(1, width - 1 - indent);
  if (line === '') return [empty];
  const out: string[] = [];
  for (let i = 0; i < line.length; i += room) out.push(pad + line.slice(i, i + room));
  return out;
}
