// What a .NET constructor the subset can call looks like (constructors.ts, time-constructors.ts).

export type ConstructOutcome =
  | { kind: 'created'; value: unknown }
  /** No constructor takes this many arguments. */
  | { kind: 'noOverload' }
  /** The one constructor of this arity cannot take an argument (its type does not convert). */
  | {
      kind: 'argumentMismatch';
      parameter: string;
      value: unknown;
      targetType: string;
      /** The method pwsh names (`.ctor`; the type's short name when absent). */
      method?: string;
      /** The conversion's own message. */
      inner?: string;
      /**
       * The argument's index, where the overload takes a conversion that can fail (text to a number):
       * New-Object names the argument by it (`Cannot convert argument "0", ... for "DateTime"`); without
       * it, New-Object finds no overload (a string is no SecureString).
       */
      position?: number;
    }
  /** The constructor ran and threw; `message` is its exception's text, `errorId` its type's name (pwsh's FQID for ::new). */
  | { kind: 'failed'; message: string; errorId?: string };

export interface ConstructibleType {
  /** The name in overload messages (`PSCredential`). */
  shortName: string;
  fullName: string;
  /** Has a public constructor without arguments. */
  parameterless: boolean;
  /** A value type (DateTime, Guid): New-Object makes its zero value, but `::new()` finds no constructor. */
  valueType?: boolean;
  /** Asynchronous where the constructor reads a file (X509Certificate2). */
  construct(args: readonly unknown[]): ConstructOutcome | Promise<ConstructOutcome>;
}

/** Thrown by a constructor body whose argument does not convert; the constructor's caller makes it the outcome. */
export class ArgumentMismatch extends Error {
  constructor(readonly outcome: Extract<ConstructOutcome, { kind: 'argumentMismatch' }>) {
    super('argument mismatch');
  }
}
