// A new organization's currency, guessed from its time zone: zone -> country -> currency.
// Pure and small: the common IANA zones (old and new spellings), not every corner of tzdata.
// Anything unknown (UTC, Etc/*, Antarctica) stays USD; the owner can always pick another.

const countryCurrency: Record<string, string> = {
  // Eurozone (Bulgaria since 2026) and the places that use the euro
  AT: "EUR", BE: "EUR", BG: "EUR", CY: "EUR", DE: "EUR", EE: "EUR", ES: "EUR", FI: "EUR", FR: "EUR", GR: "EUR", HR: "EUR", IE: "EUR", IT: "EUR",
  LT: "EUR", LU: "EUR", LV: "EUR", MT: "EUR", NL: "EUR", PT: "EUR", SI: "EUR", SK: "EUR", AD: "EUR", MC: "EUR", ME: "EUR", SM: "EUR", VA: "EUR", XK: "EUR",
  // Rest of Europe
  GB: "GBP", CH: "CHF", LI: "CHF", PL: "PLN", SE: "SEK", NO: "NOK", DK: "DKK", CZ: "CZK", HU: "HUF", RO: "RON", RS: "RSD", UA: "UAH", TR: "TRY",
  IS: "ISK", RU: "RUB", BY: "BYN", MD: "MDL", BA: "BAM", MK: "MKD", AL: "ALL",
  // Americas
  US: "USD", CA: "CAD", MX: "MXN", BR: "BRL", AR: "ARS", CL: "CLP", CO: "COP", PE: "PEN", UY: "UYU", EC: "USD", PA: "USD", SV: "USD", CR: "CRC", GT: "GTQ",
  DO: "DOP", JM: "JMD", BO: "BOB", PY: "PYG", VE: "VES",
  // Asia and the Pacific
  JP: "JPY", CN: "CNY", HK: "HKD", MO: "MOP", TW: "TWD", KR: "KRW", SG: "SGD", MY: "MYR", TH: "THB", VN: "VND", ID: "IDR", PH: "PHP", IN: "INR", PK: "PKR",
  BD: "BDT", LK: "LKR", NP: "NPR", AE: "AED", SA: "SAR", QA: "QAR", KW: "KWD", BH: "BHD", OM: "OMR", IL: "ILS", JO: "JOD", LB: "LBP", KZ: "KZT", UZ: "UZS",
  GE: "GEL", AM: "AMD", AZ: "AZN", AU: "AUD", NZ: "NZD", FJ: "FJD",
  // Africa
  ZA: "ZAR", NG: "NGN", KE: "KES", EG: "EGP", MA: "MAD", TN: "TND", DZ: "DZD", GH: "GHS", ET: "ETB", TZ: "TZS", UG: "UGX",
};

const zoneCountry: Record<string, string> = {
  // Europe
  "Europe/Berlin": "DE", "Europe/Busingen": "DE", "Europe/Vienna": "AT", "Europe/Paris": "FR", "Europe/Rome": "IT", "Europe/Madrid": "ES", "Atlantic/Canary": "ES",
  "Africa/Ceuta": "ES", "Europe/Lisbon": "PT", "Atlantic/Madeira": "PT", "Atlantic/Azores": "PT", "Europe/Amsterdam": "NL", "Europe/Brussels": "BE",
  "Europe/Luxembourg": "LU", "Europe/Dublin": "IE", "Europe/Helsinki": "FI", "Europe/Mariehamn": "FI", "Europe/Athens": "GR", "Europe/Tallinn": "EE",
  "Europe/Riga": "LV", "Europe/Vilnius": "LT", "Europe/Bratislava": "SK", "Europe/Ljubljana": "SI", "Europe/Malta": "MT", "Asia/Nicosia": "CY",
  "Europe/Nicosia": "CY", "Asia/Famagusta": "CY", "Europe/Zagreb": "HR", "Europe/Sofia": "BG", "Europe/Monaco": "MC", "Europe/San_Marino": "SM",
  "Europe/Vatican": "VA", "Europe/Andorra": "AD", "Europe/Podgorica": "ME", "Europe/London": "GB", "Europe/Belfast": "GB", "Europe/Isle_of_Man": "GB",
  "Europe/Jersey": "GB", "Europe/Guernsey": "GB", "Europe/Zurich": "CH", "Europe/Vaduz": "LI", "Europe/Warsaw": "PL", "Europe/Stockholm": "SE",
  "Europe/Oslo": "NO", "Arctic/Longyearbyen": "NO", "Europe/Copenhagen": "DK", "Atlantic/Faroe": "DK", "Atlantic/Faeroe": "DK", "America/Nuuk": "DK",
  "America/Godthab": "DK", "Europe/Prague": "CZ", "Europe/Budapest": "HU", "Europe/Bucharest": "RO", "Europe/Belgrade": "RS", "Europe/Kyiv": "UA",
  "Europe/Kiev": "UA", "Europe/Uzhgorod": "UA", "Europe/Zaporozhye": "UA", "Europe/Istanbul": "TR", "Asia/Istanbul": "TR", "Atlantic/Reykjavik": "IS",
  "Europe/Moscow": "RU", "Europe/Minsk": "BY", "Europe/Chisinau": "MD", "Europe/Sarajevo": "BA", "Europe/Skopje": "MK", "Europe/Tirane": "AL",
  // North America (US and Canadian zones not listed here are matched by prefix below)
  "America/New_York": "US", "America/Chicago": "US", "America/Denver": "US", "America/Los_Angeles": "US", "America/Phoenix": "US", "America/Anchorage": "US",
  "America/Adak": "US", "America/Boise": "US", "America/Detroit": "US", "America/Menominee": "US", "America/Juneau": "US", "America/Sitka": "US",
  "America/Nome": "US", "America/Yakutat": "US", "America/Metlakatla": "US", "Pacific/Honolulu": "US", "America/Puerto_Rico": "US", "Pacific/Guam": "US",
  "America/Toronto": "CA", "America/Montreal": "CA", "America/Vancouver": "CA", "America/Edmonton": "CA", "America/Winnipeg": "CA", "America/Halifax": "CA",
  "America/St_Johns": "CA", "America/Regina": "CA", "America/Moncton": "CA", "America/Glace_Bay": "CA", "America/Goose_Bay": "CA", "America/Whitehorse": "CA",
  "America/Dawson": "CA", "America/Dawson_Creek": "CA", "America/Fort_Nelson": "CA", "America/Creston": "CA", "America/Iqaluit": "CA", "America/Rankin_Inlet": "CA",
  "America/Resolute": "CA", "America/Cambridge_Bay": "CA", "America/Inuvik": "CA", "America/Swift_Current": "CA", "America/Atikokan": "CA",
  "America/Blanc-Sablon": "CA", "America/Nipigon": "CA", "America/Thunder_Bay": "CA", "America/Rainy_River": "CA", "America/Yellowknife": "CA",
  "America/Pangnirtung": "CA", "America/Mexico_City": "MX", "America/Cancun": "MX", "America/Merida": "MX", "America/Monterrey": "MX",
  "America/Matamoros": "MX", "America/Chihuahua": "MX", "America/Ciudad_Juarez": "MX", "America/Ojinaga": "MX", "America/Mazatlan": "MX",
  "America/Bahia_Banderas": "MX", "America/Hermosillo": "MX", "America/Tijuana": "MX",
  // Central and South America
  "America/Sao_Paulo": "BR", "America/Bahia": "BR", "America/Fortaleza": "BR", "America/Recife": "BR", "America/Belem": "BR", "America/Manaus": "BR",
  "America/Cuiaba": "BR", "America/Campo_Grande": "BR", "America/Porto_Velho": "BR", "America/Boa_Vista": "BR", "America/Rio_Branco": "BR",
  "America/Eirunepe": "BR", "America/Araguaina": "BR", "America/Maceio": "BR", "America/Santarem": "BR", "America/Noronha": "BR",
  "America/Buenos_Aires": "AR", "America/Cordoba": "AR", "America/Mendoza": "AR", "America/Santiago": "CL", "America/Punta_Arenas": "CL",
  "America/Bogota": "CO", "America/Lima": "PE", "America/Montevideo": "UY", "America/Caracas": "VE", "America/Guayaquil": "EC", "America/Panama": "PA",
  "America/El_Salvador": "SV", "America/Costa_Rica": "CR", "America/Guatemala": "GT", "America/Santo_Domingo": "DO", "America/Jamaica": "JM",
  "America/La_Paz": "BO", "America/Asuncion": "PY",
  // Asia
  "Asia/Tokyo": "JP", "Asia/Shanghai": "CN", "Asia/Chongqing": "CN", "Asia/Harbin": "CN", "Asia/Urumqi": "CN", "Asia/Hong_Kong": "HK", "Asia/Macau": "MO",
  "Asia/Taipei": "TW", "Asia/Seoul": "KR", "Asia/Singapore": "SG", "Asia/Kuala_Lumpur": "MY", "Asia/Kuching": "MY", "Asia/Bangkok": "TH",
  "Asia/Ho_Chi_Minh": "VN", "Asia/Saigon": "VN", "Asia/Jakarta": "ID", "Asia/Makassar": "ID", "Asia/Jayapura": "ID", "Asia/Pontianak": "ID",
  "Asia/Manila": "PH", "Asia/Kolkata": "IN", "Asia/Calcutta": "IN", "Asia/Karachi": "PK", "Asia/Dhaka": "BD", "Asia/Colombo": "LK", "Asia/Kathmandu": "NP",
  "Asia/Katmandu": "NP", "Asia/Dubai": "AE", "Asia/Riyadh": "SA", "Asia/Qatar": "QA", "Asia/Kuwait": "KW", "Asia/Bahrain": "BH", "Asia/Muscat": "OM",
  "Asia/Jerusalem": "IL", "Asia/Tel_Aviv": "IL", "Asia/Amman": "JO", "Asia/Beirut": "LB", "Asia/Almaty": "KZ", "Asia/Tashkent": "UZ", "Asia/Tbilisi": "GE",
  "Asia/Yerevan": "AM", "Asia/Baku": "AZ",
  // Pacific and Africa
  "Pacific/Auckland": "NZ", "Pacific/Chatham": "NZ", "Pacific/Fiji": "FJ", "Africa/Johannesburg": "ZA", "Africa/Lagos": "NG", "Africa/Nairobi": "KE",
  "Africa/Cairo": "EG", "Africa/Casablanca": "MA", "Africa/Tunis": "TN", "Africa/Algiers": "DZ", "Africa/Accra": "GH", "Africa/Addis_Ababa": "ET",
  "Africa/Dar_es_Salaam": "TZ", "Africa/Kampala": "UG",
};

// Whole families of zones in one country.
const prefixCountry: [string, string][] = [
  ["America/Indiana/", "US"], ["America/Kentucky/", "US"], ["America/North_Dakota/", "US"], ["US/", "US"], ["Canada/", "CA"],
  ["America/Argentina/", "AR"], ["Australia/", "AU"], ["Brazil/", "BR"], ["Mexico/", "MX"],
];

/** The country (ISO 3166 alpha-2) of an IANA time zone, or null when it is not one we know. */
export function countryForTimeZone(timeZone: string): string | null {
  return zoneCountry[timeZone] ?? prefixCountry.find(([prefix]) => timeZone.startsWith(prefix))?.[1] ?? null;
}

/** The currency a business in `timeZone` most likely charges in; USD when the zone is unknown. */
export function currencyForTimeZone(timeZone: string): string {
  const country = countryForTimeZone(timeZone);
  return (country && countryCurrency[country]) || "USD";
}
