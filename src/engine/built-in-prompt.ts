// The console's own prompt, in a module of its own: bin/spo.js's early prompt
// (dist/bundle/console-start.cjs, src/ui/early-prompt.ts) is built from it without the engine.

/** The console's own prompt (DESIGN.md): `spo> `, or `spo [sandbox]> ` with the sandbox tenant. */
export function builtInPrompt(sandbox: boolean): string {
  return sandbox ? 'spo [sandbox]> ' : 'spo> ';
}
