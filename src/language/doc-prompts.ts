// Documentation pages show commands after a prompt (`PS C:\> Connect-SPOService ...`, `PS> ...`).
// A pasted line has that prompt removed before it runs (a documented deviation, docs/language.md);
// the history's secret check removes it too, so it reads the same command the engine runs.

const DOCUMENTATION_PROMPT = /^([ \t]*)PS(?: [A-Za-z]:[^>\r\n]*| [^>\r\n]*)?> ?/gm;

/** The text with a documentation prompt removed from the start of every line. */
export function stripDocumentationPrompts(text: string): string {
  return text.replace(DOCUMENTATION_PROMPT, '$1');
}
