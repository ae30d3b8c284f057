/**
 * The one list of partner countries: countries that have signed Belt and Road
 * cooperation documents with China (rule briCountry). Data and its provenance:
 * ./bri-countries.json and ./bri-countries.README.md (state ≈ early 2024: Italy left in
 * Dec 2023 and is absent; Colombia, May 2025, is not yet included).
 */
import rawCountries from "./bri-countries.json";

export interface Country {
  /** Short Chinese name as used in official lists, e.g. "俄罗斯". */
  nameZh: string;
  /** English short name (ISO 3166-1 based), e.g. "Russia". */
  nameEn: string;
  /** ISO 3166-1 alpha-3 code, e.g. "RUS". */
  iso3: string;
  /** Continent as grouped by the source list: 亚洲, 欧洲, 非洲, 北美洲, 南美洲, 大洋洲. */
  region: string;
  /** Other names users write: full official names, abbreviations, English variants. */
  aliases: string[];
}

interface RawCountry {
  name_zh: string;
  name_en: string;
  iso3: string;
  region: string;
  aliases?: string[];
}

/**
 * Aliases added here, beyond the data file (which holds only names attested in its
 * source). Each one names exactly one listed country and no other state:
 * - 俄国: the everyday short name of Russia.
 * - 马其顿 / Macedonia: North Macedonia's name until 2019, still found in older
 *   agreements and in lab partners' own documents.
 * - 象牙海岸 / Ivory Coast: the older Chinese and English names of Côte d'Ivoire.
 * - 文莱达鲁萨兰国 / Brunei Darussalam: Brunei's official name.
 * - English forms applicants copy from partners' letters or UN/ISO lists: Turkey,
 *   Czech Republic, Cape Verde, Burma, East Timor, Viet Nam, Lao PDR, Russian Federation,
 *   Republic of Korea, UAE, DR Congo / DRC, State of Palestine, Kyrgyz Republic,
 *   Republic of Moldova, Syrian Arab Republic, United Republic of Tanzania,
 *   Federated States of Micronesia, Micronesia, Sao Tome and Principe (ASCII spelling
 *   is covered by accent folding anyway), Bosnia.
 * Deliberately NOT added:
 * - 哈萨克, 乌兹别克, 吉尔吉斯, 塔吉克, 土库曼: names of peoples (also of China's own
 *   哈萨克族, 柯尔克孜族 …), not of states; an official form should carry the state's
 *   name, so these stay unmatched (searchCountries("哈萨克") still offers 哈萨克斯坦,
 *   which a check can propose as the fix).
 * - 刚果, Congo, Korea, 几内亚 variants: each could mean two different states.
 * - 南朝鲜, 白俄: dated or ambiguous usage.
 */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  RUS: ["俄国", "Russian Federation"],
  MKD: ["马其顿", "Macedonia"],
  CIV: ["象牙海岸", "Ivory Coast"],
  BRN: ["文莱达鲁萨兰国", "Brunei Darussalam"],
  TUR: ["Turkey"],
  CZE: ["Czech Republic"],
  CPV: ["Cape Verde"],
  MMR: ["Burma"],
  TLS: ["East Timor"],
  VNM: ["Viet Nam"],
  LAO: ["Lao PDR"],
  KOR: ["Republic of Korea"],
  ARE: ["UAE"],
  COD: ["DR Congo", "DRC"],
  PSE: ["State of Palestine"],
  KGZ: ["Kyrgyz Republic"],
  MDA: ["Republic of Moldova"],
  SYR: ["Syrian Arab Republic"],
  TZA: ["United Republic of Tanzania"],
  FSM: ["Federated States of Micronesia", "Micronesia"],
  BIH: ["Bosnia"],
};

export const BRI_COUNTRIES: readonly Country[] = Object.freeze(
  (rawCountries as RawCountry[]).map((c) =>
    Object.freeze({
      nameZh: c.name_zh,
      nameEn: c.name_en,
      iso3: c.iso3,
      region: c.region,
      aliases: [...(c.aliases ?? []), ...(EXTRA_ALIASES[c.iso3] ?? [])],
    }),
  ),
);

// Punctuation users leave around a name in a cell ("俄罗斯。", "（俄罗斯）" is not
// covered: brackets are part of names such as 刚果（金）).
const EDGE_PUNCTUATION = /^[\s.,;:!?'"`·、，。；：！？“”‘’…—–\-*#]+|[\s.,;:!?'"`·、，。；：！？“”‘’…—–\-*#]+$/gu;

/**
 * Comparison key of a country name: full-width folded to half-width (NFKC), accents
 * dropped (Türkiye = Turkiye), lower case, all spaces removed (incl. U+3000 and NBSP),
 * apostrophes and hyphens removed (Côte d’Ivoire = Cote d'Ivoire, Guinea Bissau =
 * Guinea-Bissau), edge punctuation removed.
 */
export function normalizeCountryName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(EDGE_PUNCTUATION, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s'’‘`´\-‐–]/gu, "");
}

const BY_KEY: ReadonlyMap<string, Country> = (() => {
  const map = new Map<string, Country>();
  const add = (name: string, country: Country): void => {
    const key = normalizeCountryName(name);
    const existing = map.get(key);
    if (existing && existing !== country) {
      throw new Error(`country name ${name} is ambiguous: ${existing.iso3} / ${country.iso3}`);
    }
    map.set(key, country);
  };
  for (const c of BRI_COUNTRIES) {
    add(c.nameZh, c);
    add(c.nameEn, c);
    add(c.iso3, c);
    for (const a of c.aliases) add(a, c);
  }
  return map;
})();

/**
 * The partner country `name` refers to, or undefined when it is not on the list.
 * Matches the Chinese name, any alias, the English name or the ISO3 code, ignoring
 * width, case, spaces and surrounding punctuation. A trailing 等 / 等国 (as in
 * "俄罗斯、哈萨克斯坦等") is ignored: no country name ends with it.
 */
export function findBriCountry(name: string): Country | undefined {
  const key = normalizeCountryName(name);
  if (key === "") return undefined;
  const hit = BY_KEY.get(key);
  if (hit) return hit;
  const trimmed = key.replace(/等国?家?$/u, "");
  return trimmed !== key && trimmed !== "" ? BY_KEY.get(trimmed) : undefined;
}

const LIST_SEPARATORS = /[、，,；;／/\s]+/u;

/**
 * Splits a partner-country cell into names, in order, on 、，,；;／/ and whitespace
 * (incl. U+3000 and line breaks), dropping empty pieces. Names that themselves contain
 * spaces are kept whole when the joined words name a listed country ("South Africa",
 * "Saudi Arabia", a stray space in "俄 罗斯"); other pieces are returned as written.
 */
export function splitCountryList(text: string): string[] {
  const result: string[] = [];
  for (const group of text.split(/[、，,；;／/\r\n\v\f\u2028\u2029]+/u)) {
    const words = group.split(LIST_SEPARATORS).filter((w) => w !== "");
    let i = 0;
    while (i < words.length) {
      let taken = 1;
      // Longest run of words that together name a country wins.
      for (let j = words.length; j > i + 1; j--) {
        if (findBriCountry(words.slice(i, j).join(" "))) {
          taken = j - i;
          break;
        }
      }
      result.push(words.slice(i, i + taken).join(" "));
      i += taken;
    }
  }
  return result;
}

/**
 * Countries for a picker: prefix matches on the Chinese name first, then prefix matches
 * on aliases / English name / ISO3, then substring matches on the Chinese name, then
 * substring matches elsewhere; list order (by continent) within each group.
 */
export function searchCountries(query: string, limit = 10): Country[] {
  const q = normalizeCountryName(query);
  if (q === "" || limit <= 0) return [];
  const scored: Array<{ country: Country; rank: number; order: number }> = [];
  BRI_COUNTRIES.forEach((country, order) => {
    const zh = normalizeCountryName(country.nameZh);
    const others = [country.nameEn, country.iso3, ...country.aliases].map(normalizeCountryName);
    let rank: number;
    if (zh.startsWith(q)) rank = 0;
    else if (others.some((o) => o.startsWith(q))) rank = 1;
    else if (zh.includes(q)) rank = 2;
    else if (others.some((o) => o.includes(q))) rank = 3;
    else return;
    scored.push({ country, rank, order });
  });
  scored.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.country);
}
