// The error a failed member access or method call raises; the evaluator turns it into a
// PowerShell error record. Its own module so that the value modules can share it without cycles.

/** Raised for a failed method call; the evaluator turns it into an InvalidOperation error. */
export class MemberError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
    readonly category = 'InvalidOperation',
    /** The .NET exception the record carries (an index assignment's IndexOutOfRangeException); else RuntimeException. */
    readonly exceptionType = 'RuntimeException',
  ) {
    super(message);
  }

  static of(entry: { errorId: string; message: string }, category?: string): MemberError {
    return new MemberError(entry.message, entry.errorId, category);
  }
}

/**
 * A .NET method or constructor call that failed: PowerShell reports these with category
 * NotSpecified, so ConciseView names the exception (`MethodException: Cannot find an overload ...`).
 */
export class MethodCallError extends Error {
  constructor(
    message: string,
    readonly exceptionType: 'MethodException' | 'MethodInvocationException' | 'SetValueInvocationException' | 'GetValueInvocationException' | 'SetValueException',
    readonly errorId: string,
  ) {
    super(message);
  }
}

/** A .NET exception thrown by the method itself; `exceptionType` becomes the FullyQualifiedErrorId. */
export class DotNetException extends Error {
  constructor(
    message: string,
    readonly exceptionType = 'ArgumentException',
  ) {
    super(message);
  }
}

/** `Exception calling "X" with "N" argument(s): "…"`: a method's own exception, as PowerShell wraps it. */
export function invocationFailed(name: string, count: number, e: DotNetException): MethodCallError {
  return new MethodCallError(`Exception calling "${name}" with "${count}" argument(s): "${e.message}"`, 'MethodInvocationException', e.exceptionType);
}

/**
 * An argument that does not convert to a .NET parameter's type: `Cannot convert argument "p", with value:
 * "v", for "M" to type "T": "<the conversion's own message>"`. The value comes as it is shown.
 */
export function argumentConversionError(method: string, parameter: string, shownValue: string, fullType: string, inner: string): MethodCallError {
  return new MethodCallError(
    `Cannot convert argument "${parameter}", with value: "${shownValue}", for "${method}" to type "${fullType}": "${inner}"`,
    'MethodException',
    'MethodArgumentConversionInvalidCastArgument',
  );
}

/** No overload of the method takes this many arguments (MethodCountCouldNotFindBest). */
export function noOverload(name: string, count: number): MethodCallError {
  return new MethodCallError(`Cannot find an overload for "${name}" and the argument count: "${count}".`, 'MethodException', 'MethodCountCouldNotFindBest');
}

/** A static method whose overloads take these numbers of arguments: another count is pwsh's MethodCountCouldNotFindBest. */
export const overloads =
  <R>(name: string, counts: readonly number[], run: (args: unknown[]) => R) =>
  (args: unknown[]): R => {
    if (!counts.includes(args.length)) throw noOverload(name, args.length);
    return run(args);
  };
