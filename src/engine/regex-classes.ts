// .NET's character classes as JavaScript class contents, for the pattern translation (regex-type.ts).
// .NET reads \w, \d, \s and \b with Unicode categories (`'é' -match '\w'`, `'٣' -match '\d'`), where a
// JavaScript RegExp without the `u` flag (which the translation cannot use: it rejects escapes .NET allows)
// knows only ASCII. Each class is its ranges of UTF-16 code units (\w \d \s written out, a category found
// once from the Unicode properties Node knows); .NET matches code units too, so a surrogate is in none.

const known = new Map<string, string>();

const hex = (n: number) => '\\u' + n.toString(16).padStart(4, '0');

/** The BMP outside the surrogates, as two strings whose index is the code unit (less the start). */
let planes: Array<[start: number, text: string]> | undefined;

function bmp(): Array<[number, string]> {
  const text = (from: number, to: number) => {
    let out = '';
    for (let n = from; n <= to; n += 4096) out += String.fromCharCode(...Array.from({ length: Math.min(4096, to - n + 1) }, (_, i) => n + i));
    return out;
  };
  return (planes ??= [[0, text(0, 0xd7ff)], [0xe000, text(0xe000, 0xffff)]]);
}

/** The code units a `u`-flag class accepts, as class contents (`\u0041-\u005a\u0061-\u007a`); surrogates are in none. */
function ranges(source: string): string {
  const cached = known.get(source);
  if (cached !== undefined) return cached;
  let out = '';
  const re = new RegExp(`${source}+`, 'gu');
  for (const [start, text] of bmp()) {
    for (const m of text.matchAll(re)) {
      const from = start + m.index;
      const to = from + m[0].length - 1;
      out += to === from ? hex(from) : `${hex(from)}-${hex(to)}`;
    }
  }
  known.set(source, out);
  return out;
}

/** .NET's general categories and their one-letter groups, as `\p{...}` names them. */
const CATEGORY = /^(?:L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?)$/;

/**
 * \w \d \s as .NET defines them ([\p{L}\p{Mn}\p{Nd}\p{Pc}], \p{Nd}, [\f\n\r\t\v\x85\p{Z}]), found with
 * Node's Unicode data when this was written: a RegExp with `\p{L}` costs 20-30 ms the first time a
 * process makes one, which a script's first `-match '\w'` should not pay.
 */
const CLASSES = {
  w: () => '\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0300-\\u0374\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u0483-\\u0487\\u048a-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u0591-\\u05bd\\u05bf\\u05c1-\\u05c2\\u05c4-\\u05c5\\u05c7\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0610-\\u061a\\u0620-\\u0669\\u066e-\\u06d3\\u06d5-\\u06dc\\u06df-\\u06e8\\u06ea-\\u06fc\\u06ff\\u0710-\\u074a\\u074d-\\u07b1\\u07c0-\\u07f5\\u07fa\\u07fd\\u0800-\\u082d\\u0840-\\u085b\\u0860-\\u086a\\u0870-\\u0887\\u0889-\\u088f\\u0897-\\u08e1\\u08e3-\\u0902\\u0904-\\u093a\\u093c-\\u093d\\u0941-\\u0948\\u094d\\u0950-\\u0963\\u0966-\\u096f\\u0971-\\u0981\\u0985-\\u098c\\u098f-\\u0990\\u0993-\\u09a8\\u09aa-\\u09b0\\u09b2\\u09b6-\\u09b9\\u09bc-\\u09bd\\u09c1-\\u09c4\\u09cd-\\u09ce\\u09dc-\\u09dd\\u09df-\\u09e3\\u09e6-\\u09f1\\u09fc\\u09fe\\u0a01-\\u0a02\\u0a05-\\u0a0a\\u0a0f-\\u0a10\\u0a13-\\u0a28\\u0a2a-\\u0a30\\u0a32-\\u0a33\\u0a35-\\u0a36\\u0a38-\\u0a39\\u0a3c\\u0a41-\\u0a42\\u0a47-\\u0a48\\u0a4b-\\u0a4d\\u0a51\\u0a59-\\u0a5c\\u0a5e\\u0a66-\\u0a75\\u0a81-\\u0a82\\u0a85-\\u0a8d\\u0a8f-\\u0a91\\u0a93-\\u0aa8\\u0aaa-\\u0ab0\\u0ab2-\\u0ab3\\u0ab5-\\u0ab9\\u0abc-\\u0abd\\u0ac1-\\u0ac5\\u0ac7-\\u0ac8\\u0acd\\u0ad0\\u0ae0-\\u0ae3\\u0ae6-\\u0aef\\u0af9-\\u0aff\\u0b01\\u0b05-\\u0b0c\\u0b0f-\\u0b10\\u0b13-\\u0b28\\u0b2a-\\u0b30\\u0b32-\\u0b33\\u0b35-\\u0b39\\u0b3c-\\u0b3d\\u0b3f\\u0b41-\\u0b44\\u0b4d\\u0b55-\\u0b56\\u0b5c-\\u0b5d\\u0b5f-\\u0b63\\u0b66-\\u0b6f\\u0b71\\u0b82-\\u0b83\\u0b85-\\u0b8a\\u0b8e-\\u0b90\\u0b92-\\u0b95\\u0b99-\\u0b9a\\u0b9c\\u0b9e-\\u0b9f\\u0ba3-\\u0ba4\\u0ba8-\\u0baa\\u0bae-\\u0bb9\\u0bc0\\u0bcd\\u0bd0\\u0be6-\\u0bef\\u0c00\\u0c04-\\u0c0c\\u0c0e-\\u0c10\\u0c12-\\u0c28\\u0c2a-\\u0c39\\u0c3c-\\u0c40\\u0c46-\\u0c48\\u0c4a-\\u0c4d\\u0c55-\\u0c56\\u0c58-\\u0c5a\\u0c5c-\\u0c5d\\u0c60-\\u0c63\\u0c66-\\u0c6f\\u0c80-\\u0c81\\u0c85-\\u0c8c\\u0c8e-\\u0c90\\u0c92-\\u0ca8\\u0caa-\\u0cb3\\u0cb5-\\u0cb9\\u0cbc-\\u0cbd\\u0cbf\\u0cc6\\u0ccc-\\u0ccd\\u0cdc-\\u0cde\\u0ce0-\\u0ce3\\u0ce6-\\u0cef\\u0cf1-\\u0cf2\\u0d00-\\u0d01\\u0d04-\\u0d0c\\u0d0e-\\u0d10\\u0d12-\\u0d3d\\u0d41-\\u0d44\\u0d4d-\\u0d4e\\u0d54-\\u0d56\\u0d5f-\\u0d63\\u0d66-\\u0d6f\\u0d7a-\\u0d7f\\u0d81\\u0d85-\\u0d96\\u0d9a-\\u0db1\\u0db3-\\u0dbb\\u0dbd\\u0dc0-\\u0dc6\\u0dca\\u0dd2-\\u0dd4\\u0dd6\\u0de6-\\u0def\\u0e01-\\u0e3a\\u0e40-\\u0e4e\\u0e50-\\u0e59\\u0e81-\\u0e82\\u0e84\\u0e86-\\u0e8a\\u0e8c-\\u0ea3\\u0ea5\\u0ea7-\\u0ebd\\u0ec0-\\u0ec4\\u0ec6\\u0ec8-\\u0ece\\u0ed0-\\u0ed9\\u0edc-\\u0edf\\u0f00\\u0f18-\\u0f19\\u0f20-\\u0f29\\u0f35\\u0f37\\u0f39\\u0f40-\\u0f47\\u0f49-\\u0f6c\\u0f71-\\u0f7e\\u0f80-\\u0f84\\u0f86-\\u0f97\\u0f99-\\u0fbc\\u0fc6\\u1000-\\u102a\\u102d-\\u1030\\u1032-\\u1037\\u1039-\\u103a\\u103d-\\u1049\\u1050-\\u1055\\u1058-\\u1061\\u1065-\\u1066\\u106e-\\u1082\\u1085-\\u1086\\u108d-\\u108e\\u1090-\\u1099\\u109d\\u10a0-\\u10c5\\u10c7\\u10cd\\u10d0-\\u10fa\\u10fc-\\u1248\\u124a-\\u124d\\u1250-\\u1256\\u1258\\u125a-\\u125d\\u1260-\\u1288\\u128a-\\u128d\\u1290-\\u12b0\\u12b2-\\u12b5\\u12b8-\\u12be\\u12c0\\u12c2-\\u12c5\\u12c8-\\u12d6\\u12d8-\\u1310\\u1312-\\u1315\\u1318-\\u135a\\u135d-\\u135f\\u1380-\\u138f\\u13a0-\\u13f5\\u13f8-\\u13fd\\u1401-\\u166c\\u166f-\\u167f\\u1681-\\u169a\\u16a0-\\u16ea\\u16f1-\\u16f8\\u1700-\\u1714\\u171f-\\u1733\\u1740-\\u1753\\u1760-\\u176c\\u176e-\\u1770\\u1772-\\u1773\\u1780-\\u17b5\\u17b7-\\u17bd\\u17c6\\u17c9-\\u17d3\\u17d7\\u17dc-\\u17dd\\u17e0-\\u17e9\\u180b-\\u180d\\u180f-\\u1819\\u1820-\\u1878\\u1880-\\u18aa\\u18b0-\\u18f5\\u1900-\\u191e\\u1920-\\u1922\\u1927-\\u1928\\u1932\\u1939-\\u193b\\u1946-\\u196d\\u1970-\\u1974\\u1980-\\u19ab\\u19b0-\\u19c9\\u19d0-\\u19d9\\u1a00-\\u1a18\\u1a1b\\u1a20-\\u1a54\\u1a56\\u1a58-\\u1a5e\\u1a60\\u1a62\\u1a65-\\u1a6c\\u1a73-\\u1a7c\\u1a7f-\\u1a89\\u1a90-\\u1a99\\u1aa7\\u1ab0-\\u1abd\\u1abf-\\u1add\\u1ae0-\\u1aeb\\u1b00-\\u1b03\\u1b05-\\u1b34\\u1b36-\\u1b3a\\u1b3c\\u1b42\\u1b45-\\u1b4c\\u1b50-\\u1b59\\u1b6b-\\u1b73\\u1b80-\\u1b81\\u1b83-\\u1ba0\\u1ba2-\\u1ba5\\u1ba8-\\u1ba9\\u1bab-\\u1be6\\u1be8-\\u1be9\\u1bed\\u1bef-\\u1bf1\\u1c00-\\u1c23\\u1c2c-\\u1c33\\u1c36-\\u1c37\\u1c40-\\u1c49\\u1c4d-\\u1c7d\\u1c80-\\u1c8a\\u1c90-\\u1cba\\u1cbd-\\u1cbf\\u1cd0-\\u1cd2\\u1cd4-\\u1ce0\\u1ce2-\\u1cf6\\u1cf8-\\u1cfa\\u1d00-\\u1f15\\u1f18-\\u1f1d\\u1f20-\\u1f45\\u1f48-\\u1f4d\\u1f50-\\u1f57\\u1f59\\u1f5b\\u1f5d\\u1f5f-\\u1f7d\\u1f80-\\u1fb4\\u1fb6-\\u1fbc\\u1fbe\\u1fc2-\\u1fc4\\u1fc6-\\u1fcc\\u1fd0-\\u1fd3\\u1fd6-\\u1fdb\\u1fe0-\\u1fec\\u1ff2-\\u1ff4\\u1ff6-\\u1ffc\\u203f-\\u2040\\u2054\\u2071\\u207f\\u2090-\\u209c\\u20d0-\\u20dc\\u20e1\\u20e5-\\u20f0\\u2102\\u2107\\u210a-\\u2113\\u2115\\u2119-\\u211d\\u2124\\u2126\\u2128\\u212a-\\u212d\\u212f-\\u2139\\u213c-\\u213f\\u2145-\\u2149\\u214e\\u2183-\\u2184\\u2c00-\\u2ce4\\u2ceb-\\u2cf3\\u2d00-\\u2d25\\u2d27\\u2d2d\\u2d30-\\u2d67\\u2d6f\\u2d7f-\\u2d96\\u2da0-\\u2da6\\u2da8-\\u2dae\\u2db0-\\u2db6\\u2db8-\\u2dbe\\u2dc0-\\u2dc6\\u2dc8-\\u2dce\\u2dd0-\\u2dd6\\u2dd8-\\u2dde\\u2de0-\\u2dff\\u2e2f\\u3005-\\u3006\\u302a-\\u302d\\u3031-\\u3035\\u303b-\\u303c\\u3041-\\u3096\\u3099-\\u309a\\u309d-\\u309f\\u30a1-\\u30fa\\u30fc-\\u30ff\\u3105-\\u312f\\u3131-\\u318e\\u31a0-\\u31bf\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\ua48c\\ua4d0-\\ua4fd\\ua500-\\ua60c\\ua610-\\ua62b\\ua640-\\ua66f\\ua674-\\ua67d\\ua67f-\\ua6e5\\ua6f0-\\ua6f1\\ua717-\\ua71f\\ua722-\\ua788\\ua78b-\\ua7dc\\ua7f1-\\ua822\\ua825-\\ua826\\ua82c\\ua840-\\ua873\\ua882-\\ua8b3\\ua8c4-\\ua8c5\\ua8d0-\\ua8d9\\ua8e0-\\ua8f7\\ua8fb\\ua8fd-\\ua92d\\ua930-\\ua951\\ua960-\\ua97c\\ua980-\\ua982\\ua984-\\ua9b3\\ua9b6-\\ua9b9\\ua9bc-\\ua9bd\\ua9cf-\\ua9d9\\ua9e0-\\ua9fe\\uaa00-\\uaa2e\\uaa31-\\uaa32\\uaa35-\\uaa36\\uaa40-\\uaa4c\\uaa50-\\uaa59\\uaa60-\\uaa76\\uaa7a\\uaa7c\\uaa7e-\\uaac2\\uaadb-\\uaadd\\uaae0-\\uaaea\\uaaec-\\uaaed\\uaaf2-\\uaaf4\\uaaf6\\uab01-\\uab06\\uab09-\\uab0e\\uab11-\\uab16\\uab20-\\uab26\\uab28-\\uab2e\\uab30-\\uab5a\\uab5c-\\uab69\\uab70-\\uabe2\\uabe5\\uabe8\\uabed\\uabf0-\\uabf9\\uac00-\\ud7a3\\ud7b0-\\ud7c6\\ud7cb-\\ud7fb\\uf900-\\ufa6d\\ufa70-\\ufad9\\ufb00-\\ufb06\\ufb13-\\ufb17\\ufb1d-\\ufb28\\ufb2a-\\ufb36\\ufb38-\\ufb3c\\ufb3e\\ufb40-\\ufb41\\ufb43-\\ufb44\\ufb46-\\ufbb1\\ufbd3-\\ufd3d\\ufd50-\\ufd8f\\ufd92-\\ufdc7\\ufdf0-\\ufdfb\\ufe00-\\ufe0f\\ufe20-\\ufe2f\\ufe33-\\ufe34\\ufe4d-\\ufe4f\\ufe70-\\ufe74\\ufe76-\\ufefc\\uff10-\\uff19\\uff21-\\uff3a\\uff3f\\uff41-\\uff5a\\uff66-\\uffbe\\uffc2-\\uffc7\\uffca-\\uffcf\\uffd2-\\uffd7\\uffda-\\uffdc',
  d: () => '\\u0030-\\u0039\\u0660-\\u0669\\u06f0-\\u06f9\\u07c0-\\u07c9\\u0966-\\u096f\\u09e6-\\u09ef\\u0a66-\\u0a6f\\u0ae6-\\u0aef\\u0b66-\\u0b6f\\u0be6-\\u0bef\\u0c66-\\u0c6f\\u0ce6-\\u0cef\\u0d66-\\u0d6f\\u0de6-\\u0def\\u0e50-\\u0e59\\u0ed0-\\u0ed9\\u0f20-\\u0f29\\u1040-\\u1049\\u1090-\\u1099\\u17e0-\\u17e9\\u1810-\\u1819\\u1946-\\u194f\\u19d0-\\u19d9\\u1a80-\\u1a89\\u1a90-\\u1a99\\u1b50-\\u1b59\\u1bb0-\\u1bb9\\u1c40-\\u1c49\\u1c50-\\u1c59\\ua620-\\ua629\\ua8d0-\\ua8d9\\ua900-\\ua909\\ua9d0-\\ua9d9\\ua9f0-\\ua9f9\\uaa50-\\uaa59\\uabf0-\\uabf9\\uff10-\\uff19',
  s: () => '\\u0009-\\u000d\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028-\\u2029\\u202f\\u205f\\u3000',
};

/** The code units not in `body` (ranges as `ranges` writes them), surrogates included. */
function complement(body: string): string {
  let out = '';
  let next = 0;
  for (const m of body.matchAll(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/g)) {
    const from = parseInt(m[1]!, 16);
    const to = m[2] ? parseInt(m[2], 16) : from;
    if (from > next) out += from - 1 === next ? hex(next) : `${hex(next)}-${hex(from - 1)}`;
    next = to + 1;
  }
  return next <= 0xffff ? out + (next === 0xffff ? hex(next) : `${hex(next)}-${hex(0xffff)}`) : out;
}

/**
 * .NET's named blocks (`\p{IsGreek}`, case-sensitive) and their code units, read from .NET's own table
 * (RegexCharClass.s_propTable, pwsh 7.6.10); `name=from-to` (hex) separated by `;`.
 */
const BLOCKS = () =>
  'IsAlphabeticPresentationForms=fb00-fb4f;IsArabic=0600-06ff;IsArabicPresentationForms-A=fb50-fdff;' +
  'IsArabicPresentationForms-B=fe70-feff;IsArmenian=0530-058f;IsArrows=2190-21ff;' +
  'IsBasicLatin=0000-007f;IsBengali=0980-09ff;IsBlockElements=2580-259f;IsBopomofo=3100-312f;' +
  'IsBopomofoExtended=31a0-31bf;IsBoxDrawing=2500-257f;IsBraillePatterns=2800-28ff;IsBuhid=1740-175f;' +
  'IsCJKCompatibility=3300-33ff;IsCJKCompatibilityForms=fe30-fe4f;' +
  'IsCJKCompatibilityIdeographs=f900-faff;IsCJKRadicalsSupplement=2e80-2eff;' +
  'IsCJKSymbolsandPunctuation=3000-303f;IsCJKUnifiedIdeographs=4e00-9fff;' +
  'IsCJKUnifiedIdeographsExtensionA=3400-4dbf;IsCherokee=13a0-13ff;' +
  'IsCombiningDiacriticalMarks=0300-036f;IsCombiningDiacriticalMarksforSymbols=20d0-20ff;' +
  'IsCombiningHalfMarks=fe20-fe2f;IsCombiningMarksforSymbols=20d0-20ff;IsControlPictures=2400-243f;' +
  'IsCurrencySymbols=20a0-20cf;IsCyrillic=0400-04ff;IsCyrillicSupplement=0500-052f;' +
  'IsDevanagari=0900-097f;IsDingbats=2700-27bf;IsEnclosedAlphanumerics=2460-24ff;' +
  'IsEnclosedCJKLettersandMonths=3200-32ff;IsEthiopic=1200-137f;IsGeneralPunctuation=2000-206f;' +
  'IsGeometricShapes=25a0-25ff;IsGeorgian=10a0-10ff;IsGreek=0370-03ff;IsGreekExtended=1f00-1fff;' +
  'IsGreekandCoptic=0370-03ff;IsGujarati=0a80-0aff;IsGurmukhi=0a00-0a7f;' +
  'IsHalfwidthandFullwidthForms=ff00-ffef;IsHangulCompatibilityJamo=3130-318f;IsHangulJamo=1100-11ff;' +
  'IsHangulSyllables=ac00-d7af;IsHanunoo=1720-173f;IsHebrew=0590-05ff;' +
  'IsHighPrivateUseSurrogates=db80-dbff;IsHighSurrogates=d800-db7f;IsHiragana=3040-309f;' +
  'IsIPAExtensions=0250-02af;IsIdeographicDescriptionCharacters=2ff0-2fff;IsKanbun=3190-319f;' +
  'IsKangxiRadicals=2f00-2fdf;IsKannada=0c80-0cff;IsKatakana=30a0-30ff;' +
  'IsKatakanaPhoneticExtensions=31f0-31ff;IsKhmer=1780-17ff;IsKhmerSymbols=19e0-19ff;IsLao=0e80-0eff;' +
  'IsLatin-1Supplement=0080-00ff;IsLatinExtended-A=0100-017f;IsLatinExtended-B=0180-024f;' +
  'IsLatinExtendedAdditional=1e00-1eff;IsLetterlikeSymbols=2100-214f;IsLimbu=1900-194f;' +
  'IsLowSurrogates=dc00-dfff;IsMalayalam=0d00-0d7f;IsMathematicalOperators=2200-22ff;' +
  'IsMiscellaneousMathematicalSymbols-A=27c0-27ef;IsMiscellaneousMathematicalSymbols-B=2980-29ff;' +
  'IsMiscellaneousSymbols=2600-26ff;IsMiscellaneousSymbolsandArrows=2b00-2bff;' +
  'IsMiscellaneousTechnical=2300-23ff;IsMongolian=1800-18af;IsMyanmar=1000-109f;' +
  'IsNumberForms=2150-218f;IsOgham=1680-169f;IsOpticalCharacterRecognition=2440-245f;IsOriya=0b00-0b7f;' +
  'IsPhoneticExtensions=1d00-1d7f;IsPrivateUse=e000-f8ff;IsPrivateUseArea=e000-f8ff;IsRunic=16a0-16ff;' +
  'IsSinhala=0d80-0dff;IsSmallFormVariants=fe50-fe6f;IsSpacingModifierLetters=02b0-02ff;' +
  'IsSpecials=fff0-ffff;IsSuperscriptsandSubscripts=2070-209f;IsSupplementalArrows-A=27f0-27ff;' +
  'IsSupplementalArrows-B=2900-297f;IsSupplementalMathematicalOperators=2a00-2aff;IsSyriac=0700-074f;' +
  'IsTagalog=1700-171f;IsTagbanwa=1760-177f;IsTaiLe=1950-197f;IsTamil=0b80-0bff;IsTelugu=0c00-0c7f;' +
  'IsThaana=0780-07bf;IsThai=0e00-0e7f;IsTibetan=0f00-0fff;' +
  'IsUnifiedCanadianAboriginalSyllabics=1400-167f;IsVariationSelectors=fe00-fe0f;' +
  'IsYiRadicals=a490-a4cf;IsYiSyllables=a000-a48f;IsYijingHexagramSymbols=4dc0-4dff';

let blocks: Map<string, string> | undefined;

/** The class contents of a .NET block name, or undefined when .NET has no block of that name. */
export function dotNetBlock(name: string): string | undefined {
  blocks ??= new Map(
    BLOCKS()
      .split(';')
      .map((entry) => {
        const [block, range] = entry.split('=') as [string, string];
        const [from, to] = range.split('-').map((h) => parseInt(h, 16)) as [number, number];
        return [block, `${hex(from)}-${hex(to)}`];
      }),
  );
  return blocks.get(name);
}

/** A class .NET writes with an escape: w d s, or a Unicode category (`p` with `name`); `negated` for \W \D \S \P. */
export function dotNetClass(escape: 'w' | 'd' | 's' | 'p', negated: boolean, name = ''): string | undefined {
  let body: string;
  const key = `${escape}${name}`;
  const cached = known.get(key);
  if (cached !== undefined) body = cached;
  else {
    if (escape !== 'p') body = CLASSES[escape]();
    else if (name === 'Cs') body = '\\ud800-\\udfff';
    else if (CATEGORY.test(name)) body = ranges(`\\p{${name}}`);
    else {
      const block = dotNetBlock(name);
      if (block === undefined) return undefined;
      body = block;
    }
    known.set(key, body);
  }
  return negated ? complement(body) : body;
}

/** A character and its other cases (.NET's IgnoreCase compares lower-case forms), each as a class escape. */
export function caseVariants(c: string): string[] {
  const out = new Set([c]);
  for (const v of [c.toLowerCase(), c.toUpperCase()]) if (v.length === 1) out.add(v);
  return [...out].map((v) => hex(v.charCodeAt(0)));
}

/** The other cases of the characters from `from` to `to` (a class range) that are outside it; wide ranges as they are. */
export function rangeCaseVariants(from: number, to: number): string {
  if (to - from > 0x3000) return '';
  let out = '';
  for (let n = from; n <= to; n++) {
    for (const v of caseVariants(String.fromCharCode(n)).slice(1)) {
      const code = parseInt(v.slice(2), 16);
      if (code < from || code > to) out += v;
    }
  }
  return out;
}
