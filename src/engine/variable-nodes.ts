// Every variable node of a syntax tree, nested script blocks included, in no particular order: what
// `$using:` collection (runspace.ts) and the background operator's rewrite (background-operator.ts)
// both look for. The tree is walked as plain data (any object property but spans), so a node kind
// added to the parser is walked without a change here.

export interface VariableNodeRef {
  name: string;
  start: number;
  end: number;
}

export function forEachVariableNode(tree: unknown, found: (variable: VariableNodeRef) => void): void {
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const record = node as Record<string, unknown>;
    if (record.kind === 'variable' && typeof record.name === 'string' && typeof record.start === 'number' && typeof record.end === 'number') {
      found({ name: record.name, start: record.start, end: record.end });
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'span') visit(child);
  };
  visit(tree);
}
