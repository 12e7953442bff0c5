// The names and offsets of System.TimeZoneInfo (Get-TimeZone, [TimeZoneInfo]), from the IANA zones Node's Intl (ICU) knows. pwsh on
// Linux builds them from ICU too; what Intl does not expose is approximated (docs/Get-TimeZone.md):
// the display name's city suffix, the daylight name of a zone without daylight time, and
// SupportsDaylightSavingTime, which .NET sets from the zone's whole history.

import { readlinkSync } from 'node:fs';

/** Zones .NET shows as `(UTC) Coordinated Universal Time`. */
const UTC_IDS = new Set(['utc', 'etc/utc', 'etc/uct', 'uct', 'etc/universal', 'universal', 'etc/zulu', 'zulu']);

function zoneName(id: string, style: 'long' | 'longGeneric' | 'longOffset', date: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: style }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** Minutes east of UTC from `GMT+05:30` (`GMT` alone is 0). */
function offsetMinutes(id: string, date: Date): number {
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(zoneName(id, 'longOffset', date));
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** `+05:30`, `-08:00`, as .NET's display name writes an offset. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * ICU's canonical ids that the IANA database (and so .NET on Linux) has since renamed: Intl lists
 * Asia/Calcutta where pwsh lists Asia/Kolkata.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

let allIds: string[] | undefined;
/** The zones `-ListAvailable` gives: Intl's, by their current IANA names, and UTC, as pwsh lists them on Linux. */
export function zoneIds(): string[] {
  return (allIds ??= [...Intl.supportedValuesOf('timeZone').map((id) => RENAMED[id] ?? id), 'UTC'].sort());
}

/**
 * The zone's generic name. For a zone without daylight time ICU gives Intl its standard name (`Central
 * European Standard Time` for Africa/Tunis) where .NET shows the generic one its neighbours have
 * (`Central European Time`): that one, when another zone has it.
 */
function genericName(id: string, date: Date): string {
  const name = zoneName(id, 'longGeneric', date);
  const shared = name.replace(' Standard Time', ' Time');
  return shared !== name && genericCount(shared, date) > 0 ? shared : name;
}

let genericCounts: Map<string, number> | undefined;
/** How many zones share each generic name (`Central European Time`): a shared one is told apart by its city. */
function genericCount(name: string, date: Date): number {
  if (!genericCounts) {
    genericCounts = new Map();
    for (const id of zoneIds()) {
      const g = zoneName(id, 'longGeneric', date);
      genericCounts.set(g, (genericCounts.get(g) ?? 0) + 1);
    }
  }
  return genericCounts.get(name) ?? 0;
}

let sharedCounts: Map<string, number> | undefined;
/** The same count over the names genericName gives (Pacific/Honolulu's `Hawaii-Aleutian Time` is America/Adak's too). */
function sharedGenericCount(name: string, date: Date): number {
  if (!sharedCounts) {
    sharedCounts = new Map();
    for (const id of zoneIds()) {
      const g = genericName(id, date);
      sharedCounts.set(g, (sharedCounts.get(g) ?? 0) + 1);
    }
  }
  return sharedCounts.get(name) ?? 0;
}

/** Metazones whose CLDR data has no daylight name: ICU, and so .NET, names their daylight time by its offset. */
const NO_DAYLIGHT_NAME = new Set(['South Africa Standard Time', 'Gulf Standard Time', 'India Standard Time', 'Singapore Standard Time', 'Chamorro Standard Time', 'Türkiye Standard Time']);

/**
 * The DaylightName .NET gives a zone without daylight time today, which Intl cannot ask ICU for: the
 * metazone's daylight name (`Japan Daylight Time`), `GMT` on UTC's offset, else the offset (`GMT+05:30`).
 */
function unusedDaylightName(standardName: string, base: number): string {
  if (base === 0) return 'GMT';
  if (standardName.includes('Standard Time') && !NO_DAYLIGHT_NAME.has(standardName)) return standardName.replace('Standard Time', 'Daylight Time');
  return `GMT${offsetText(base)}`;
}

/** The id as Intl accepts it, or undefined for a zone it does not know (ids compare case-insensitively). */
export function knownZone(id: string): string | undefined {
  const exact = zoneIds().find((z) => z.toLowerCase() === id.toLowerCase());
  if (exact) return exact;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
    return id;
  } catch {
    return undefined;
  }
}

/** The machine's zone (TZ, else /etc/localtime), as Intl resolves it. */
/**
 * The machine's zone id as .NET finds it on Linux and macOS: $TZ (without a leading `:`), else the zone
 * /etc/localtime links to (`Etc/UTC` where Intl says `UTC`), else Intl's.
 */
export function localZone(): string {
  const known = (id: string | undefined) => {
    if (!id) return undefined;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: id });
      return id;
    } catch {
      return undefined;
    }
  };
  let linked: string | undefined;
  try {
    linked = /zoneinfo\/(.+)$/.exec(readlinkSync('/etc/localtime'))?.[1];
  } catch {
    linked = undefined;
  }
  return known(process.env.TZ?.replace(/^:/, '')) ?? known(linked) ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/** What a TimeZoneInfo shows for an IANA zone: its names and base offset (minutes), from this year's January and July. */
export interface ZoneNames {
  displayName: string;
  standardName: string;
  daylightName: string;
  baseOffset: number;
  supportsDaylightSavingTime: boolean;
}

export function zoneNames(id: string, now = new Date()): ZoneNames {
  const year = now.getUTCFullYear();
  const january = new Date(Date.UTC(year, 0, 15));
  const july = new Date(Date.UTC(year, 6, 15));
  const jan = offsetMinutes(id, january);
  const jul = offsetMinutes(id, july);
  const base = Math.min(jan, jul);
  const hasDaylight = jan !== jul;
  const standardDate = jan <= jul ? january : july;
  const daylightDate = jan <= jul ? july : january;
  const utc = UTC_IDS.has(id.toLowerCase());
  const standardName = zoneName(id, 'long', standardDate);
  const daylightName = hasDaylight ? zoneName(id, 'long', daylightDate) : utc ? standardName : unusedDaylightName(standardName, base);
  let displayName: string;
  if (utc) displayName = '(UTC) Coordinated Universal Time';
  else {
    const generic = genericName(id, standardDate);
    const city = id.includes('/') ? id.slice(id.lastIndexOf('/') + 1).replace(/_/g, ' ') : '';
    // .NET adds the zone's city unless the name already says where (`Nepal Time`, `United Kingdom Time`).
    const located = !city || generic.includes(city) || /^GMT[+-]/.test(generic) || (!generic.includes('Standard') && sharedGenericCount(generic, standardDate) <= 1);
    displayName = `(UTC${offsetText(base)}) ${generic}${located ? '' : ` (${city})`}`;
  }
  // .NET counts any change in the zone's history; only the fixed-offset zones have none.
  const supportsDaylightSavingTime = !utc && !/^Etc\//i.test(id) && !/^(GMT|UTC)/i.test(id);
  return { displayName, standardName, daylightName, baseOffset: base, supportsDaylightSavingTime };
}

export function isUtcZone(id: string): boolean {
  return UTC_IDS.has(id.toLowerCase());
}
