// Reads a docs/<Command>.md page written in PlatyPS style (## SYNOPSIS, ## DESCRIPTION,
// ## EXAMPLES with ### titles and fenced code, ## PARAMETERS with ### -Name prose, ## INPUTS,
// ## OUTPUTS, ## NOTES, ## RELATED LINKS). Syntax and parameter attributes are not read from the
// page: they come from the cmdlet metadata, so the page holds prose only. Two optional lines in a
// parameter's prose feed the attribute table: `Default value: X` and `Accept wildcard characters: True`.

export type Block = { kind: 'text'; text: string } | { kind: 'code'; lines: string[] };

export interface ExampleHelp {
  title: string;
  code: string[];
  remarks: Block[];
}

export interface ParameterHelp {
  name: string;
  body: Block[];
  defaultValue?: string;
  wildcards?: boolean;
}

export interface TypeHelp {
  type: string;
  body: Block[];
}

export interface HelpPage {
  name: string;
  onlineVersion?: string;
  synopsis: Block[];
  description: Block[];
  examples: ExampleHelp[];
  /** Keyed by lower-case parameter name. */
  parameters: Map<string, ParameterHelp>;
  inputs: TypeHelp[];
  outputs: TypeHelp[];
  notes: Block[];
  links: Array<{ text: string; url: string }>;
}

interface Section {
  title: string;
  lines: string[];
  subsections: Array<{ title: string; lines: string[] }>;
}

export function parsePage(markdown: string, fallbackName: string): HelpPage {
  const all = markdown.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  let onlineVersion: string | undefined;
  if (all[0]?.trim() === '---') {
    const end = all.indexOf('---', 1);
    if (end > 0) {
      for (const line of all.slice(1, end)) {
        const m = /^online version:\s*(\S+)/i.exec(line);
        if (m) onlineVersion = m[1];
      }
      i = end + 1;
    }
  }
  let name = fallbackName;
  const sections: Section[] = [];
  let inFence = false;
  for (; i < all.length; i++) {
    const line = all[i]!;
    if (/^\s*```/.test(line)) inFence = !inFence;
    const current = sections[sections.length - 1];
    if (!inFence || /^\s*```/.test(line)) {
      const h1 = /^# (.+)$/.exec(line);
      if (h1 && !inFence && !current) {
        name = h1[1]!.trim();
        continue;
      }
      const h2 = /^## (.+)$/.exec(line);
      if (h2 && !inFence) {
        sections.push({ title: h2[1]!.trim().toUpperCase(), lines: [], subsections: [] });
        continue;
      }
      const h3 = /^### (.+)$/.exec(line);
      if (h3 && !inFence && current) {
        current.subsections.push({ title: h3[1]!.trim(), lines: [] });
        continue;
      }
    }
    if (!current) continue;
    const sub = current.subsections[current.subsections.length - 1];
    (sub ?? current).lines.push(line);
  }
  const section = (title: string) => sections.find((s) => s.title === title);
  const blocksOf = (title: string) => {
    const s = section(title);
    return s ? toBlocks([...s.lines, ...s.subsections.flatMap((x) => ['', x.title, '', ...x.lines])]) : [];
  };

  const parameters = new Map<string, ParameterHelp>();
  for (const sub of section('PARAMETERS')?.subsections ?? []) {
    const pname = sub.title.replace(/^-/, '').trim();
    let defaultValue: string | undefined;
    let wildcards: boolean | undefined;
    const kept: string[] = [];
    let inYaml = false;
    for (const line of sub.lines) {
      if (/^\s*```\s*yaml/i.test(line)) inYaml = true;
      if (inYaml) {
        if (/^\s*```\s*$/.test(line)) inYaml = false;
        continue; // attribute blocks come from metadata
      }
      const dv = /^Default value:\s*(.+)$/i.exec(line.trim());
      const wc = /^Accept wildcard characters:\s*(\S+)/i.exec(line.trim());
      if (dv) defaultValue = dv[1]!.trim();
      else if (wc) wildcards = /^true$/i.test(wc[1]!);
      else kept.push(line);
    }
    parameters.set(pname.toLowerCase(), { name: pname, body: toBlocks(kept), defaultValue, wildcards });
  }

  const examples: ExampleHelp[] = [];
  for (const sub of section('EXAMPLES')?.subsections ?? []) {
    const blocks = toBlocks(sub.lines);
    const firstCode = blocks.findIndex((b) => b.kind === 'code');
    const code = firstCode >= 0 ? (blocks[firstCode] as { kind: 'code'; lines: string[] }).lines : [];
    examples.push({ title: sub.title.replace(/^-+|-+$/g, '').trim(), code, remarks: blocks.filter((_, k) => k !== firstCode) });
  }

  const typeList = (title: string): TypeHelp[] =>
    (section(title)?.subsections ?? []).map((s) => ({ type: s.title, body: toBlocks(s.lines) }));

  const links: Array<{ text: string; url: string }> = [];
  for (const line of section('RELATED LINKS')?.lines ?? []) {
    const m = /\[([^\]]+)\]\(([^)]*)\)/.exec(line);
    if (m) links.push({ text: m[1]!, url: m[2]! });
  }

  return {
    name,
    onlineVersion,
    synopsis: blocksOf('SYNOPSIS'),
    description: blocksOf('DESCRIPTION'),
    examples,
    parameters,
    inputs: typeList('INPUTS'),
    outputs: typeList('OUTPUTS'),
    notes: blocksOf('NOTES'),
    links,
  };
}

/** Paragraphs (soft-wrapped lines joined), list items, and fenced code kept verbatim. */
export function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'text', text: inline(paragraph.join(' ')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]!); i++) code.push(lines[i]!);
      blocks.push({ kind: 'code', lines: code });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (/^\s*([-*]|\d+\.)\s+/.test(line)) {
      flush();
      paragraph.push(line.trim());
      continue;
    }
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** Markdown inline syntax to plain text: links become "text (url)", emphasis markers go. */
function inline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 ($2)')
    .replace(/\[([^\]]+)\]\(([^)]*)\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')
    .replace(/^>\s*/, '');
}
