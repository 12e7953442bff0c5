// The type names of [regex], [RegexOptions] and [scriptblock] and their casts, for types.ts's table; the
// work is in regex-type.ts and scriptblock-type.ts. Registration only builds three table entries.

import { REGEX, REGEX_OPTIONS, toRegex, toRegexOptions } from './regex-type.js';
import { SCRIPT_BLOCK, toScriptBlock } from './scriptblock-type.js';

type Register = (names: string[], entry: { fullName: string; cast(value: unknown): unknown; isEnum?: boolean }) => void;

export function registerLanguageTypes(register: Register): void {
  register(['regex', REGEX], { fullName: REGEX, cast: toRegex });
  register([REGEX_OPTIONS.fullName], { fullName: REGEX_OPTIONS.fullName, cast: toRegexOptions, isEnum: true });
  register(['scriptblock', SCRIPT_BLOCK], { fullName: SCRIPT_BLOCK, cast: toScriptBlock });
}
