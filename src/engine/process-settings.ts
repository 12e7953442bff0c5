// Process-wide .NET settings that admin scripts set in their first lines and read back:
// `[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12` (Microsoft's
// install steps and many SharePoint scripts) and `[Console]::OutputEncoding = [Text.Encoding]::UTF8`.
// spo-shell's own HTTPS stack (undici) always negotiates TLS 1.2 or 1.3, and it writes UTF-8, so the
// values are kept and given back, as pwsh 7.6.10 does, without changing how anything connects or prints.

import { toEnum, unwrap } from './convert.js';
import { ConversionError } from './conversion-error.js';
import { registerEnumType } from './enum-types.js';
import { MethodCallError } from './member-error.js';
import { EnumValue, type EnumType } from './values.js';

/** System.Net.SecurityProtocolType ([Flags]), as .NET 10 declares it. */
export const SECURITY_PROTOCOL_TYPE: EnumType = {
  fullName: 'System.Net.SecurityProtocolType',
  names: ['SystemDefault', 'Ssl3', 'Tls', 'Tls11', 'Tls12', 'Tls13'],
  values: [0, 48, 192, 768, 3072, 12288],
  flags: true,
};
registerEnumType(SECURITY_PROTOCOL_TYPE);

interface Setting {
  /** The property's .NET spelling, for its error message. */
  readonly name: string;
  get(): unknown;
  set(value: unknown): void;
}

let securityProtocol = new EnumValue(SECURITY_PROTOCOL_TYPE, 'SystemDefault');
const encodings: { output?: unknown; input?: unknown } = {};

/** What `[Console]::OutputEncoding` reads before a script sets it: UTF-8, as pwsh on Linux and macOS. */
export type EncodingFactory = () => unknown;

/** The settings by type and property (lower case); `utf8` makes the default encoding object. */
export function processSettings(utf8: EncodingFactory): Record<string, Record<string, Setting>> {
  const encoding = (which: 'output' | 'input', name: string): Setting => ({
    name,
    get: () => encodings[which] ?? utf8(),
    set: (value) => {
      encodings[which] = unwrap(value);
    },
  });
  return {
    'system.net.servicepointmanager': {
      securityprotocol: {
        name: 'SecurityProtocol',
        get: () => securityProtocol,
        set: (value) => {
          securityProtocol = toEnum(value, SECURITY_PROTOCOL_TYPE);
        },
      },
    },
    'system.console': { outputencoding: encoding('output', 'OutputEncoding'), inputencoding: encoding('input', 'InputEncoding') },
  };
}

/** Sets one of them; a value that does not convert is pwsh's `Exception setting "Name": "…"`. */
export function setProcessSetting(setting: Setting, value: unknown): void {
  try {
    setting.set(value);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw new MethodCallError(`Exception setting "${setting.name}": "${e.message}"`, 'SetValueInvocationException', 'ExceptionWhenSetting');
  }
}

