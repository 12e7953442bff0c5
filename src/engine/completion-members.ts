// Tab completion of a type's static members after `[Type]::` (`[regex]::Esc<Tab>` → `Escape(`), as
// pwsh lists them: the properties, then the methods (with `new`), each sorted by name; a method's text
// ends with `(`, its tool tip is its overloads one a line. The members come from static-member-catalog.ts.

import type { CompletionResult } from './api.js';
import { staticCatalogType, staticMemberCatalog } from './static-member-catalog.js';

const byName = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en-US');

/** The completion of `[Type]::Prefix` ending at `cursor`; undefined when the text there is not that or the type is not known. */
export function completeStaticMember(text: string, cursor: number): CompletionResult | undefined {
  const m = /\[\s*([\p{L}\p{Nd}_.]+)\s*\]::([\p{L}\p{Nd}_]*)$/u.exec(text.slice(0, cursor));
  const type = m ? staticCatalogType(m[1]!) : undefined;
  if (!m || !type) return undefined;
  const prefix = m[2]!.toLowerCase();
  const rows = staticMemberCatalog()[type]!.filter(([name]) => name.toLowerCase().startsWith(prefix));
  const ordered = [...rows.filter((r) => r[1] === 'Property').sort((a, b) => byName(a[0], b[0])), ...rows.filter((r) => r[1] === 'Method').sort((a, b) => byName(a[0], b[0]))];
  return {
    replacementIndex: cursor - m[2]!.length,
    replacementLength: m[2]!.length,
    matches: ordered.map(([name, kind, definition]) => ({
      completionText: kind === 'Method' ? `${name}(` : name,
      listItemText: name,
      // Get-Member's Definition joins the overloads with ", " after each `)`.
      toolTip: kind === 'Method' ? definition.split(/(?<=\)), /).join('\n') : definition,
      resultType: kind,
    })),
  };
}
