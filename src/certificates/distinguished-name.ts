// X.500 names as .NET prints them (X509Certificate2.Subject / Issuer): relative names in reverse order
// joined by ", ", multi-valued ones joined by " + ", .NET's attribute names (S, E, STREET, …), and values
// that contain a separator in double quotes with inner quotes doubled. Checked against PowerShell 7.6.10:
//   CN=test cert, O="Contoso, Ltd", S=Washington, C=US
//   STREET=1 Main, DC=contoso, E=a@b.c, L="M=n", O="q""uote\d", OU=x + CN="a, b"

// Node's short names (OpenSSL's) → .NET's; anything not listed keeps its name, dotted OIDs get "OID.".
const DOTNET_NAMES: Record<string, string> = {
  ST: 'S',
  emailAddress: 'E',
  street: 'STREET',
  serialNumber: 'SERIALNUMBER',
  title: 'T',
  GN: 'G',
  givenName: 'G',
  SN: 'SN',
  initials: 'I',
  UID: 'UID',
};

/**
 * Converts node:crypto's X509Certificate.subject / .issuer text (one RDN a line, RFC 2253 escapes).
 * `forward` keeps the certificate's own order, as the legacy X509Certificate.GetName() prints it.
 */
export function dotnetDistinguishedName(nodeText: string, order: 'reverse' | 'forward' = 'reverse'): string {
  if (!nodeText) return '';
  const rdns = nodeText.split('\n').filter((line) => line !== '');
  return (order === 'reverse' ? rdns.reverse() : rdns)
    .map((rdn) =>
      splitUnescaped(rdn, ' + ')
        .map((ava) => {
          const eq = indexOfUnescaped(ava, '=');
          const type = eq < 0 ? ava : ava.slice(0, eq);
          const value = eq < 0 ? '' : unescape(ava.slice(eq + 1));
          return `${dotnetName(type)}=${quote(value)}`;
        })
        .join(' + '),
    )
    .join(', ');
}

function dotnetName(type: string): string {
  if (/^\d+(\.\d+)+$/.test(type)) return `OID.${type}`;
  return DOTNET_NAMES[type] ?? type;
}

function quote(value: string): string {
  return /[,+="<>#;\n\r]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function unescape(text: string): string {
  // Node prints non-ASCII characters as UTF-8, so a backslash only ever escapes the next character.
  return text.replace(/\\(.)/gs, '$1');
}

function indexOfUnescaped(text: string, needle: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let at = indexOfUnescaped(text, separator); at >= 0; at = indexOfUnescaped(text, separator, start)) {
    parts.push(text.slice(start, at));
    start = at + separator.length;
  }
  parts.push(text.slice(start));
  return parts;
}
