// Runtime messages of the evaluator, named after PowerShell's resources: RuntimeException-family
// texts (ParserStrings/RunTimeErrors via ParserOps), ExtendedTypeSystem.resx (conversions, members)
// and the other tables the engine speaks for. Each entry pairs the error id with its text, so a
// reviewer can hold this table against the .resx files; pure texts (wrapped by another entry)
// are plain functions.

export interface MessageEntry {
  errorId: string;
  message: string;
}

const entry = (errorId: string, message: string): MessageEntry => ({ errorId, message });

// ---- WildcardPattern (Resources: WildcardPatternException) -------------------------------------

export const WILDCARD_PATTERN_NOT_VALID = (pattern: string) => `The specified wildcard character pattern is not valid: ${pattern}`;
