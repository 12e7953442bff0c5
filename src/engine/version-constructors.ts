// The constructors of System.Version and SemanticVersion (`[version]::new(1, 2)`, `[semver]::new('1.2.3')`,
// `New-Object Version 1,2,3`): the overload is chosen by the count and, for one argument, by its type;
// numbers convert to Int32 as the method binder converts them, and each constructor's own exception is
// what pwsh reports as `Exception calling ".ctor" ...`.

import { ConversionError } from './conversion-error.js';
import type { ConstructOutcome, ConstructibleType } from './construct-types.js';
import { toIntegerType } from './numeric-casts.js';
import { toPSString, unwrap } from './convert.js';
import { TypedNumber } from './numeric.js';
import {
  SEMANTIC_VERSION,
  VERSION,
  VersionError,
  VersionValue,
  makeSemanticVersion,
  makeVersion,
  parseSemanticVersion,
  parseVersion,
  semanticVersionOf,
} from './version-types.js';

class Mismatch extends Error {
  constructor(readonly outcome: ConstructOutcome) {
    super('argument mismatch');
  }
}

function int32(value: unknown, parameter: string, position: number): number {
  try {
    return unwrap(toIntegerType(value, 'System.Int32')) as number;
  } catch (e) {
    if (e instanceof ConversionError) throw new Mismatch({ kind: 'argumentMismatch', parameter, value, targetType: 'System.Int32', method: '.ctor', inner: e.message, position });
    throw e;
  }
}

/** Runs a constructor body, turning its .NET exception or an argument that does not convert into the outcome. */
function attempt(make: () => unknown): ConstructOutcome {
  try {
    return { kind: 'created', value: make() };
  } catch (e) {
    if (e instanceof Mismatch) return e.outcome;
    if (e instanceof VersionError) return { kind: 'failed', message: e.message, errorId: e.exceptionType };
    throw e;
  }
}

const isNumber = (v: unknown) => typeof v === 'number' || v instanceof TypedNumber;

export const versionType: ConstructibleType = {
  shortName: 'Version',
  fullName: VERSION,
  parameterless: true,
  construct(args) {
    if (args.length === 0) return { kind: 'created', value: new VersionValue(0, 0) };
    if (args.length === 1) return attempt(() => parseVersion(toPSString(args[0])));
    if (args.length > 4) return { kind: 'noOverload' };
    const names = ['major', 'minor', 'build', 'revision'];
    return attempt(() => makeVersion(args.map((a, i) => int32(a, names[i]!, i))));
  },
};

export const semanticVersionType: ConstructibleType = {
  shortName: 'SemanticVersion',
  fullName: SEMANTIC_VERSION,
  parameterless: false,
  construct(args) {
    if (args.length === 0 || args.length > 5) return { kind: 'noOverload' };
    if (args.length === 1) {
      const only = unwrap(args[0]);
      // SemanticVersion(Version), SemanticVersion(int major), else SemanticVersion(string).
      if (only instanceof VersionValue) return attempt(() => semanticVersionOf(only));
      if (isNumber(only)) return attempt(() => makeSemanticVersion(int32(args[0], 'major', 0)));
      return attempt(() => parseSemanticVersion(toPSString(args[0])));
    }
    return attempt(() => {
      const [major, minor, patch] = ['major', 'minor', 'patch'].slice(0, Math.min(3, args.length)).map((name, i) => int32(args[i], name, i));
      const labels = args.slice(3).map((a) => (unwrap(a) === null || unwrap(a) === undefined ? null : toPSString(a)));
      return makeSemanticVersion(major!, minor, patch, labels);
    });
  },
};
