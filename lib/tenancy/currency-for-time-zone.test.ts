import { describe, expect, it } from "vitest";
import { currencyForTimeZone } from "./currency-for-time-zone";

describe("currencyForTimeZone", () => {
  it("maps common zones through their country to its currency", () => {
    const cases: Record<string, string> = {
      "Europe/Berlin": "EUR",
      "Europe/Paris": "EUR",
      "Europe/Madrid": "EUR",
      "Atlantic/Canary": "EUR",
      "Europe/Dublin": "EUR",
      "Europe/Sofia": "EUR",
      "Europe/London": "GBP",
      "Europe/Zurich": "CHF",
      "Europe/Warsaw": "PLN",
      "Europe/Stockholm": "SEK",
      "Europe/Oslo": "NOK",
      "Europe/Copenhagen": "DKK",
      "Europe/Prague": "CZK",
      "Europe/Budapest": "HUF",
      "America/New_York": "USD",
      "America/Indiana/Indianapolis": "USD",
      "Pacific/Honolulu": "USD",
      "America/Toronto": "CAD",
      "America/Vancouver": "CAD",
      "Australia/Sydney": "AUD",
      "Australia/Perth": "AUD",
      "Pacific/Auckland": "NZD",
      "Asia/Tokyo": "JPY",
      "Asia/Kolkata": "INR",
      "Asia/Calcutta": "INR",
      "America/Sao_Paulo": "BRL",
      "America/Mexico_City": "MXN",
      "Europe/Kiev": "UAH",
      "Europe/Kyiv": "UAH",
      "America/Argentina/Cordoba": "ARS",
      "Asia/Singapore": "SGD",
    };
    for (const [zone, currency] of Object.entries(cases)) expect(currencyForTimeZone(zone), zone).toBe(currency);
  });

  it("falls back to USD for zones without a country", () => {
    for (const zone of ["UTC", "Etc/GMT+3", "Antarctica/Troll", "Mars/Olympus", ""]) expect(currencyForTimeZone(zone)).toBe("USD");
  });

  it("only ever answers a currency the org form accepts", () => {
    const known = new Set(Intl.supportedValuesOf("currency"));
    for (const zone of Intl.supportedValuesOf("timeZone")) expect(known.has(currencyForTimeZone(zone)), zone).toBe(true);
  });
});
