// The error a failed member access or method call raises; the evaluator turns it into a
// PowerShell error record. Its own module so that the value modules can share it without cycles.

/** Raised for a failed method call; the evaluator turns it into an InvalidOperation error. */
export class MemberError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
    readonly category = 'InvalidOperation',
  ) {
    super(message);
  }

  static of(entry: { errorId: string; message: string }, category?: string): MemberError {
    return new MemberError(entry.message, entry.errorId, category);
  }
}
