// System.Version (`[version]`) and System.Management.Automation.SemanticVersion (`[semver]`): the values
// module and PowerShell version checks compare (`(Get-Module X).Version -lt [version]'16.0.20000'`,
// `$PSVersionTable.PSVersion -ge '7.2'`). Both are PSObjects, so their properties, views (format-views.ts)
// and JSON come from the property list; what is theirs is parsing, construction and ordering.

import * as R from './runtime-strings.js';
import { PSObject } from './values.js';

export const VERSION = 'System.Version';
export const SEMANTIC_VERSION = 'System.Management.Automation.SemanticVersion';

/** A .NET exception's text and type (FormatException, ArgumentException ...), for the caller to word. */
export class VersionError extends Error {
  constructor(
    message: string,
    readonly exceptionType: string,
  ) {
    super(message);
  }
}

/** System.Version: Major.Minor[.Build[.Revision]], the parts not given are -1. */
export class VersionValue extends PSObject {
  constructor(
    readonly major: number,
    readonly minor: number,
    readonly build = -1,
    readonly revision = -1,
  ) {
    // MajorRevision and MinorRevision are Revision's high and low 16 bits, as .NET computes them (-1 stays -1).
    super(
      VERSION,
      { Major: major, Minor: minor, Build: build, Revision: revision, MajorRevision: revision >> 16, MinorRevision: (revision << 16) >> 16 },
      undefined,
      [major, minor, build, revision].filter((n) => n >= 0).join('.'),
    );
  }

  /** Version.ToString(fieldCount). */
  text(fieldCount: number): string {
    const parts = [this.major, this.minor, this.build, this.revision];
    const defined = parts.filter((n) => n >= 0).length;
    if (fieldCount < 0 || fieldCount > 4 || fieldCount > defined) {
      throw new VersionError(`Argument must be between 0 and ${defined}. (Parameter 'fieldCount')`, 'ArgumentException');
    }
    return parts.slice(0, fieldCount).join('.');
  }

  /** Version.CompareTo: part by part, an absent part (-1) before any present one. */
  compare(other: VersionValue): number {
    const a = [this.major, this.minor, this.build, this.revision];
    const b = [other.major, other.minor, other.build, other.revision];
    for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? 1 : -1;
    return 0;
  }
}

/** SemanticVersion: Major.Minor.Patch[-PreReleaseLabel][+BuildLabel]. */
export class SemanticVersionValue extends PSObject {
  constructor(
    readonly major: number,
    readonly minor: number,
    readonly patch: number,
    readonly preReleaseLabel: string | null = null,
    readonly buildLabel: string | null = null,
  ) {
    let text = `${major}.${minor}.${patch}`;
    if (preReleaseLabel) text += `-${preReleaseLabel}`;
    if (buildLabel) text += `+${buildLabel}`;
    super(SEMANTIC_VERSION, { Major: major, Minor: minor, Patch: patch, PreReleaseLabel: preReleaseLabel, BuildLabel: buildLabel }, undefined, text);
  }

  /** SemVer 2.0 precedence: the numbers, then the pre-release label; the build label never counts. */
  compare(other: SemanticVersionValue): number {
    if (this.major !== other.major) return this.major > other.major ? 1 : -1;
    if (this.minor !== other.minor) return this.minor > other.minor ? 1 : -1;
    if (this.patch !== other.patch) return this.patch > other.patch ? 1 : -1;
    return comparePreReleaseLabels(this.preReleaseLabel, other.preReleaseLabel);
  }

  equals(other: SemanticVersionValue): boolean {
    return this.major === other.major && this.minor === other.minor && this.patch === other.patch && (this.preReleaseLabel ?? null) === (other.preReleaseLabel ?? null);
  }
}

/** A version without a pre-release label ranks above one with it; units compare as numbers or ordinally. */
function comparePreReleaseLabels(a: string | null, b: string | null): number {
  if (!a) return b ? 1 : 0;
  if (!b) return -1;
  const unitsA = a.split('.');
  const unitsB = b.split('.');
  for (let i = 0; i < Math.min(unitsA.length, unitsB.length); i++) {
    const x = unitsA[i]!;
    const y = unitsB[i]!;
    const nx = int32OrUndefined(x);
    const ny = int32OrUndefined(y);
    if (nx !== undefined && ny !== undefined) {
      if (nx !== ny) return nx < ny ? -1 : 1;
    } else if (nx !== undefined) return -1;
    else if (ny !== undefined) return 1;
    else if (x !== y) return x < y ? -1 : 1;
  }
  return Math.sign(unitsA.length - unitsB.length);
}

/** Int32.TryParse with the invariant culture's Integer style: blanks around, one sign, decimal digits. */
function int32OrUndefined(text: string): number | undefined {
  const m = /^[\s]*([+-]?)(\d+)[\s]*$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1] === '-' ? -BigInt(m[2]!) : BigInt(m[2]!));
  return n > 2147483647 || n < -2147483648 ? undefined : n;
}

/** Version.Parse, with .NET's messages for each way it fails. */
export function parseVersion(input: string): VersionValue {
  const parts = input.split('.');
  if (parts.length < 2 || parts.length > 4) throw new VersionError("Version string portion was too short or too long. (Parameter 'input')", 'ArgumentException');
  const numbers = parts.map((part) => {
    const n = int32OrUndefined(part);
    if (n === undefined) {
      if (/^\s*[+-]?\d+\s*$/.test(part)) throw new VersionError('Value was either too large or too small for an Int32.', 'OverflowException');
      throw new VersionError(`The input string '${part}' was not in a correct format.`, 'FormatException');
    }
    if (n < 0) throw new VersionError(`input ('${n}') must be a non-negative value. (Parameter 'input')\nActual value was ${n}.`, 'ArgumentOutOfRangeException');
    return n;
  });
  return new VersionValue(numbers[0]!, numbers[1]!, numbers[2] ?? -1, numbers[3] ?? -1);
}

const PARTS_NAMES = ['major', 'minor', 'build', 'revision'] as const;

/** new Version(major, minor[, build[, revision]]): every part non-negative. */
export function makeVersion(parts: readonly number[]): VersionValue {
  parts.forEach((n, i) => {
    if (n < 0) throw new VersionError(`${PARTS_NAMES[i]} ('${n}') must be a non-negative value. (Parameter '${PARTS_NAMES[i]}')\nActual value was ${n}.`, 'ArgumentOutOfRangeException');
  });
  return new VersionValue(parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? -1, parts[3] ?? -1);
}

const VERSION_SANS_LABEL = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?$/;
const LABEL_UNIT = /^(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*$/;
const BUILD_UNIT = /^[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*$/;
const LABEL = /^((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** What SemanticVersion.Parse's failures say (its FormatException is built without the text). */
const SEMVER_FORMAT = "The input string '' was not in a correct format.";

/** SemanticVersion.TryParse: major[.minor[.patch]][-pre][+build]; undefined when it is not one. */
export function tryParseSemanticVersion(version: string): SemanticVersionValue | undefined {
  if (/[-+.]$/.test(version)) return undefined;
  let dash = version.indexOf('-');
  const plus = version.indexOf('+');
  let pre: string | null = null;
  let build: string | null = null;
  let sans: string;
  if (dash > plus) {
    // A pre-release label may hold dashes; one after the `+` belongs to the build label.
    if (plus === -1) {
      pre = version.slice(dash + 1);
      sans = version.slice(0, dash);
    } else {
      build = version.slice(plus + 1);
      sans = version.slice(0, plus);
      dash = -1;
    }
  } else if (plus === -1) sans = version;
  else if (dash === -1) {
    build = version.slice(plus + 1);
    sans = version.slice(0, plus);
  } else {
    pre = version.slice(dash + 1, plus);
    build = version.slice(plus + 1);
    sans = version.slice(0, dash);
  }
  if ((dash !== -1 && !pre) || (plus !== -1 && !build) || !sans) return undefined;
  const m = VERSION_SANS_LABEL.exec(sans);
  if (!m) return undefined;
  const numbers = [m[1], m[2], m[3]].map((d) => (d === undefined ? 0 : int32OrUndefined(d)));
  if (numbers.some((n) => n === undefined)) return undefined;
  if ((pre !== null && !LABEL_UNIT.test(pre)) || (build !== null && !BUILD_UNIT.test(build))) return undefined;
  return new SemanticVersionValue(numbers[0]!, numbers[1]!, numbers[2]!, pre, build);
}

/** SemanticVersion.Parse. */
export function parseSemanticVersion(version: string): SemanticVersionValue {
  if (version === '') throw new VersionError('version', 'FormatException');
  const parsed = tryParseSemanticVersion(version);
  if (!parsed) throw new VersionError(SEMVER_FORMAT, 'FormatException');
  return parsed;
}

/** PSTraceSource.NewArgumentException's text for a bad argument. */
const badArgument = (name: string) =>
  new VersionError(R.ArgumentNotValid(name), 'ArgumentException');

/** new SemanticVersion(major[, minor[, patch[, label | preReleaseLabel, buildLabel]]]). */
export function makeSemanticVersion(major: number, minor = 0, patch = 0, labels: readonly (string | null)[] = []): SemanticVersionValue {
  if (major < 0) throw badArgument('major');
  if (minor < 0) throw badArgument('minor');
  if (patch < 0) throw badArgument('patch');
  if (labels.length === 1) {
    // One label: `pre[+build]`, split as the parser splits it.
    const label = labels[0];
    if (!label) return new SemanticVersionValue(major, minor, patch);
    const m = LABEL.exec(label);
    if (!m) throw new VersionError('label', 'FormatException');
    return new SemanticVersionValue(major, minor, patch, m[1] ?? '', m[2] ?? '');
  }
  const [pre, build] = labels;
  if (pre && !LABEL_UNIT.test(pre)) throw new VersionError('preReleaseLabel', 'FormatException');
  if (build && !BUILD_UNIT.test(build)) throw new VersionError('buildLabel', 'FormatException');
  return new SemanticVersionValue(major, minor, patch, pre || null, build || null);
}

/** new SemanticVersion(Version): no revision; an absent build is patch 0. */
export function semanticVersionOf(version: VersionValue): SemanticVersionValue {
  if (version.revision > 0) throw badArgument('version');
  return new SemanticVersionValue(version.major, version.minor, version.build === -1 ? 0 : version.build);
}

/** SemanticVersion's implicit conversion to Version (the labels are dropped). */
export function versionOf(version: SemanticVersionValue): VersionValue {
  return new VersionValue(version.major, version.minor, version.patch);
}

export function isVersionValue(v: unknown): v is VersionValue | SemanticVersionValue {
  return v instanceof VersionValue || v instanceof SemanticVersionValue;
}

/** Two versions of one type in order (CompareTo), undefined when they are not both of one type. */
export function compareVersions(a: unknown, b: unknown): number | undefined {
  if (a instanceof VersionValue && b instanceof VersionValue) return a.compare(b);
  if (a instanceof SemanticVersionValue && b instanceof SemanticVersionValue) return a.compare(b);
  return undefined;
}

/** Object.Equals between versions: Version by its four parts, SemanticVersion without the build label. */
export function versionsEqual(a: unknown, b: unknown): boolean {
  if (a instanceof VersionValue && b instanceof VersionValue) return a.compare(b) === 0;
  if (a instanceof SemanticVersionValue && b instanceof SemanticVersionValue) return a.equals(b);
  return false;
}

/**
 * The instance methods scripts call on versions: CompareTo and Equals against one of the same type,
 * and Version.ToString(fieldCount). Undefined for a method this does not answer (the caller goes on).
 * A .NET exception comes back as a VersionError for the caller to word as the call's.
 */
export function versionMethod(target: VersionValue | SemanticVersionValue, name: string, args: readonly unknown[]): { value: unknown } | undefined {
  const method = name.toLowerCase();
  const other = args[0];
  if (method === 'compareto' && args.length === 1) {
    if (other === null || other === undefined) return { value: 1 };
    const order = compareVersions(target, other);
    if (order === undefined) {
      throw target instanceof VersionValue ? new VersionError('Object must be of type Version.', 'ArgumentException') : badArgument('version');
    }
    return { value: order };
  }
  if (method === 'equals' && args.length === 1) return { value: versionsEqual(target, other) };
  if (method === 'tostring' && args.length === 1 && target instanceof VersionValue && (typeof other === 'number' || typeof other === 'string')) {
    return { value: target.text(Number(other)) };
  }
  return undefined;
}
