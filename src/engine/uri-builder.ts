// System.UriBuilder: an address built up part by part (`$b.Path = '/sites/hr'; $b.Query = 'a=1';
// $b.Uri`). Checked with pwsh 7.6.10:
// - new(string) reads an absolute address (text without a scheme gets http://), and keeps its port
//   even where it is the scheme's own, so ToString() shows it (`https://host:443/`); new(scheme, host)
//   has no port (-1); new() is http://localhost/; new(scheme, host, port[, path[, extraValue]]) with
//   extraValue `?query` and/or `#fragment`;
// - Scheme drops a trailing colon and goes to lower case; Query and Fragment get their `?` / `#`; Path
//   escapes spaces, and is `/` when empty; Port takes -1 to 65535;
// - ToString() joins the parts as they are; `.Uri` parses that text and sets the parts from the Uri
//   (the host goes to lower case then), as .NET's getter does.

import { DotNetException } from './member-error.js';
import { MethodCallError } from './member-error.js';
import { ConversionError, toPSString, unwrap } from './convert.js';
import { convertTypeArgument } from './generic-types.js';
import { PSObject } from './values.js';
import { UriFormatError, UriValue, absoluteUriFromText, uriFromText } from './uri.js';
import type { ConstructOutcome, ConstructibleType } from './construct-types.js';

export const URI_BUILDER = 'System.UriBuilder';

const PROPERTIES = ['Scheme', 'UserName', 'Password', 'Host', 'Port', 'Path', 'Query', 'Fragment', 'Uri'] as const;

/** Path escaping as Uri.InternalEscapeString: what is not allowed in a path is %-escaped; `%` escapes stay. */
function escapePath(text: string): string {
  return encodeURI(text.replace(/\\/g, '/')).replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
}

export class UriBuilderValue extends PSObject {
  scheme = 'http';
  userName = '';
  password = '';
  host = 'localhost';
  port = -1;
  path = '/';
  query = '';
  fragment = '';
  #changed = true;
  #uri: UriValue | undefined;

  constructor() {
    super(URI_BUILDER, {}, [...PROPERTIES]);
    this.#sync();
  }

  /**
   * The parts of an absolute Uri: after `.Uri`, and for new(string) and new(Uri), which set them as the
   * property setters do (so `.Uri` is then built again from ToString(): `https://host:443/`).
   */
  setFrom(uri: UriValue, changed = false): void {
    const p = uri.parts!;
    this.scheme = p.scheme;
    const [user, password] = p.userInfo.split(/:(.*)/s);
    this.userName = user ?? '';
    this.password = password ?? '';
    this.host = p.host;
    this.port = p.port;
    this.path = p.path === '' ? '/' : p.path;
    this.query = p.query;
    this.fragment = p.fragment;
    this.#uri = uri;
    this.#changed = changed;
    this.#sync();
  }

  /** UriBuilder.ToString(): the parts as they are. */
  override toString(): string {
    const user = this.userName ? `${this.userName}${this.password ? `:${this.password}` : ''}@` : '';
    const path = this.host !== '' && this.path !== '' && !this.path.startsWith('/') ? `/${this.path}` : this.path;
    return `${this.scheme}${this.host !== '' || this.scheme === 'file' ? '://' : ':'}${user}${this.host}${this.port !== -1 ? `:${this.port}` : ''}${path}${this.query}${this.fragment}`;
  }

  /** `.Uri`: the Uri of ToString()'s text; its parts then become the builder's. */
  uri(): UriValue {
    if (this.#changed || !this.#uri) {
      const made = absoluteUriFromText(this.toString());
      this.setFrom(made);
    }
    return this.#uri!;
  }

  override get(name: string): unknown {
    if (name.toLowerCase() === 'uri') return this.uri();
    return super.get(name);
  }

  override assign(name: string, raw: unknown): boolean {
    const property = PROPERTIES.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!property || property === 'Uri') return false;
    const fail = (message: string) => new MethodCallError(`Exception setting "${property}": "${message}"`, 'SetValueInvocationException', 'ExceptionWhenSetting');
    const value = unwrap(raw);
    if (property === 'Port') {
      let port: number;
      try {
        port = convertTypeArgument('System.Int32', value) as number;
      } catch (e) {
        if (e instanceof ConversionError) throw fail(e.message);
        throw e;
      }
      if (port < -1) throw fail(`value ('${port}') must be greater than or equal to '-1'. (Parameter 'value')\nActual value was ${port}.`);
      if (port > 65535) throw fail(`value ('${port}') must be less than or equal to '65535'. (Parameter 'value')\nActual value was ${port}.`);
      this.port = port;
    } else {
      const text = value === null || value === undefined ? '' : toPSString(value);
      switch (property) {
        case 'Scheme': {
          const scheme = text.replace(/:.*$/s, '');
          if (scheme !== '' && !/^[a-z][a-z0-9+.-]*$/i.test(scheme)) throw fail("Invalid URI: The URI scheme is not valid. (Parameter 'value')");
          this.scheme = scheme.toLowerCase();
          break;
        }
        case 'Host':
          this.host = text.includes(':') && !text.startsWith('[') ? `[${text}]` : text;
          break;
        case 'Path':
          this.path = text === '' ? '/' : escapePath(text);
          break;
        case 'Query':
          this.query = text !== '' && !text.startsWith('?') ? `?${text}` : text;
          break;
        case 'Fragment':
          this.fragment = text !== '' && !text.startsWith('#') ? `#${text}` : text;
          break;
        case 'UserName':
          this.userName = text;
          break;
        case 'Password':
          this.password = text;
          break;
      }
    }
    this.#changed = true;
    this.#sync();
    return true;
  }

  override callMethod(name: string, args: unknown[]): { value: unknown } | undefined {
    if (name.toLowerCase() === 'equals' && args.length === 1) {
      const other = unwrap(args[0]);
      if (!(other instanceof UriBuilderValue)) return { value: false };
      return { value: this.uri().callMethod('Equals', [other.uri()])!.value };
    }
    return undefined;
  }

  /** The property table formatting reads (Uri is read on demand: building it changes the parts). */
  #sync(): void {
    this.properties.set('Scheme', this.scheme);
    this.properties.set('UserName', this.userName);
    this.properties.set('Password', this.password);
    this.properties.set('Host', this.host);
    this.properties.set('Port', this.port);
    this.properties.set('Path', this.path);
    this.properties.set('Query', this.query);
    this.properties.set('Fragment', this.fragment);
    // What formatting shows; reading `.Uri` itself is uri() (which also resets the parts, as .NET's getter does).
    let shown: UriValue | null = null;
    try {
      shown = absoluteUriFromText(this.toString());
    } catch (e) {
      if (!(e instanceof UriFormatError)) throw e;
    }
    this.properties.set('Uri', shown);
  }
}

const created = (value: unknown): ConstructOutcome => ({ kind: 'created', value });

/**
 * UriBuilder(), (string uri), (Uri uri), (scheme, host), (scheme, host, port), (scheme, host, port,
 * path), (scheme, host, port, path, extraValue).
 */
export const uriBuilderType: ConstructibleType = {
  shortName: 'UriBuilder',
  fullName: URI_BUILDER,
  parameterless: true,
  construct(raw) {
    const args = raw.map(unwrap);
    const b = new UriBuilderValue();
    try {
      if (args.length === 0) return created(b);
      if (args.length === 1) {
        const given = args[0];
        if (given instanceof UriValue && given.parts) {
          b.setFrom(given, true);
          return created(b);
        }
        const text = toPSString(given);
        const uri = uriFromText(text);
        b.setFrom(uri.parts ? uri : absoluteUriFromText(`http://${text}`), true);
        return created(b);
      }
      if (args.length > 5) return { kind: 'noOverload' };
      b.assign('Scheme', args[0]);
      b.assign('Host', args[1]);
      if (args.length >= 3) b.assign('Port', args[2]);
      if (args.length >= 4) b.assign('Path', args[3]);
      if (args.length === 5) {
        const extra = args[4] === null ? '' : toPSString(args[4]);
        const m = /^(\?[^#]*)?(#.*)?$/s.exec(extra);
        if (extra !== '' && !m) throw new DotNetException("Extra portion of URI not valid. (Parameter 'extraValue')");
        b.assign('Query', m?.[1] ?? '');
        b.assign('Fragment', m?.[2] ?? '');
      }
      if (args.length === 2) b.path = '/';
      return created(b);
    } catch (e) {
      if (e instanceof UriFormatError) return { kind: 'failed', message: e.message, errorId: 'UriFormatException' };
      if (e instanceof DotNetException) return { kind: 'failed', message: e.message, errorId: e.exceptionType };
      if (e instanceof MethodCallError) return { kind: 'failed', message: /^Exception setting "[^"]*": "([\s\S]*)"$/.exec(e.message)?.[1] ?? e.message, errorId: 'ArgumentException' };
      throw e;
    }
  },
};
