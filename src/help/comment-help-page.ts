// A script function's comment-based help as a help page, so Get-Help renders it like a docs page.

import type { CommentHelp } from '../engine/cmdlet.js';
import type { Block, HelpPage } from './page.js';

/** Paragraphs (separated by blank lines) as text blocks. */
function blocks(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'text', text: p }));
}

export function commentHelpPage(name: string, help: CommentHelp): HelpPage {
  return {
    name,
    synopsis: blocks(help.synopsis),
    description: blocks(help.description),
    examples: help.examples.map((e, i) => {
      const [code = '', ...rest] = e.split('\n');
      return { title: `Example ${i + 1}`, code: [code], remarks: blocks(rest.join('\n')) };
    }),
    parameters: new Map(Object.entries(help.parameters).map(([k, v]) => [k, { name: k, body: blocks(v) }])),
    inputs: [],
    outputs: [],
    notes: blocks(help.notes),
    links: help.links.map((l) => ({ text: l, url: /^https?:/.test(l) ? l : '' })),
  };
}
