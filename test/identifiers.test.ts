import { describe, expect, it } from "vitest";

import {
  checkCreditCode,
  checkIdentifier,
  checkPlate,
  checkRegionCode,
  checkVin,
  creditCodeCheckChar,
  IDENTIFIER_ERROR_CODES,
  plateKind,
  plateRegionCode,
  vinCheckDigit,
  type IdentifierCheck,
  type IdentifierErrorCode,
} from "../src/shared/identifiers/index.js";
import {
  childrenOf,
  citiesOf,
  cityOf,
  HENAN_PROVINCE_CODE,
  isKnownRegionCode,
  regionByCode,
  REGIONS,
  RETIRED_REGION_CODES,
} from "../src/shared/regions.data.js";

function expectValid(check: IdentifierCheck, normalized: string): void {
  expect(check).toMatchObject({ valid: true, normalized, code: null, message: null, expected: null });
}

function expectInvalid(check: IdentifierCheck, code: IdentifierErrorCode): void {
  expect(check.valid).toBe(false);
  expect(check.code).toBe(code);
  expect(check.message).toEqual(expect.any(String));
}

describe("error code list", () => {
  it("holds every code later validation relies on, once", () => {
    const required: IdentifierErrorCode[] = [
      "REQUIRED",
      "BAD_LENGTH",
      "BAD_CHARACTER",
      "BAD_CHECK_CHARACTER",
      "BAD_FORMAT",
      "UNKNOWN_REGION",
      "NOT_IN_HENAN",
      "BAD_PROVINCE",
      "BAD_AUTHORITY",
      "OUT_OF_RANGE",
      "BAD_DATE",
      "DATES_OUT_OF_ORDER",
      "UNKNOWN_REFERENCE",
      "NOT_OWNED",
      "DUPLICATE_KEY",
      "BAD_ENUM",
      "FUTURE_TIME",
      "NOT_ON_THE_HOUR",
    ];
    expect([...IDENTIFIER_ERROR_CODES]).toEqual(expect.arrayContaining(required));
    expect(new Set(IDENTIFIER_ERROR_CODES).size).toBe(IDENTIFIER_ERROR_CODES.length);
  });

  it("every identifier-level code is produced by a realistic bad input", () => {
    const produced = new Set(
      [
        checkCreditCode(""),
        checkCreditCode("91410100MA3X5Y7B7"),
        checkCreditCode("91410100MA3X5Y7BOG"),
        checkCreditCode("91A10100MA3X5Y7B7G"),
        checkCreditCode("91410100MA3X5Y7B7X"),
        checkPlate("港A12345"),
        checkPlate("豫T12345"),
        checkPlate("豫AX12345"),
        checkRegionCode("410199"),
        checkRegionCode("110105"),
      ].map((check) => check.code),
    );
    for (const code of [
      "REQUIRED",
      "BAD_LENGTH",
      "BAD_CHARACTER",
      "BAD_CHECK_CHARACTER",
      "BAD_FORMAT",
      "UNKNOWN_REGION",
      "NOT_IN_HENAN",
      "BAD_PROVINCE",
      "BAD_AUTHORITY",
    ] as const) {
      expect(produced, code).toContain(code);
    }
  });
});

describe("unified social credit code", () => {
  it.each(["91410100MA3X5Y7B7G", "91410300726633333L", "92411700MA4AB1233R"])("accepts the spec example %s", (code) => {
    const check = checkCreditCode(code);
    expectValid(check, code);
    expect(check.warnings).toEqual([]);
  });

  it("upper-cases and trims", () => {
    expectValid(checkCreditCode("  91410100ma3x5y7b7g\t"), "91410100MA3X5Y7B7G");
  });

  it("requires a value", () => {
    for (const value of ["", "   ", null, undefined]) {
      const check = checkCreditCode(value);
      expectInvalid(check, "REQUIRED");
      expect(check.normalized).toBeNull();
    }
  });

  it("rejects a dropped character", () => {
    const check = checkCreditCode("91410100MA3X5Y7B7");
    expectInvalid(check, "BAD_LENGTH");
    expect(check.message).toContain("17");
  });

  it("rejects letters outside the alphabet and names the likely intended one", () => {
    const letterO = checkCreditCode("91410100MA3X5Y7BOG");
    expectInvalid(letterO, "BAD_CHARACTER");
    expect(letterO.message).toContain("17th");
    expect(letterO.message).toContain("probably 0");
    expectInvalid(checkCreditCode("91410100MA3X5Y7B-G"), "BAD_CHARACTER");
    // Internal spaces are not silently dropped: the spec accepts only case differences.
    expectInvalid(checkCreditCode("914101 00MA3X5Y7B7G"), "BAD_LENGTH");
  });

  it("rejects a non-numeric division", () => {
    const check = checkCreditCode("91A10100MA3X5Y7B7G");
    expectInvalid(check, "BAD_FORMAT");
    expect(check.message).toContain("positions 3–8");
  });

  it("rejects a wrong check character and says which is right", () => {
    const check = checkCreditCode("91410100MA3X5Y7B7X");
    expectInvalid(check, "BAD_CHECK_CHARACTER");
    expect(check.expected).toBe("G");
    expect(check.message).toBe(
      "credit code check character is 'X' but should be 'G'; check the code for a typing error",
    );
    // A single mistyped body character is caught the same way.
    const typo = checkCreditCode("91410100MA3X5Y7B8G");
    expectInvalid(typo, "BAD_CHECK_CHARACTER");
    expect(typo.expected).toBe(creditCodeCheckChar("91410100MA3X5Y7B8"));
  });

  it("warns, without rejecting, when the embedded organisation code fails GB 11714", () => {
    const body = "914103007266333349".slice(0, 17);
    const code = body + creditCodeCheckChar(body);
    const check = checkCreditCode(code);
    expectValid(check, code);
    expect(check.warnings).toHaveLength(1);
    expect(check.warnings[0]).toContain("GB 11714");
    expect(check.warnings[0]).toContain("expected '3'");
  });

  it("warns about divisions outside Henan, unknown or retired", () => {
    const beijingBody = "91110105726633333";
    const beijing = checkCreditCode(beijingBody + creditCodeCheckChar(beijingBody));
    expect(beijing.valid).toBe(true);
    expect(beijing.warnings.join()).toContain("outside Henan");

    const unknownBody = "91410199726633333";
    const unknown = checkCreditCode(unknownBody + creditCodeCheckChar(unknownBody));
    expect(unknown.valid).toBe(true);
    expect(unknown.warnings.join()).toContain("410199");

    const retiredBody = "91410322726633333";
    const retired = checkCreditCode(retiredBody + creditCodeCheckChar(retiredBody));
    expect(retired.valid).toBe(true);
    expect(retired.warnings.join()).toContain("410308");
  });

  it("computes check characters for demo data", () => {
    expect(creditCodeCheckChar("91410100MA3X5Y7B7")).toBe("G");
    expect(creditCodeCheckChar("91410300726633333")).toBe("L");
    expect(creditCodeCheckChar("92411700ma4ab1233")).toBe("R");
    expect(() => creditCodeCheckChar("9141010")).toThrow(RangeError);
    expect(() => creditCodeCheckChar("91410100MA3X5Y7BI")).toThrow(RangeError);
  });
});

describe("VIN", () => {
  it.each(["LFV2A21K7X3000001", "LZZ5BLSJ8NA123456", "LGAX3A136L1000777"])("accepts the spec example %s", (vin) => {
    const check = checkVin(vin);
    expectValid(check, vin);
    expect(check.warnings).toEqual([]);
  });

  it("accepts a North American VIN and a check digit of X", () => {
    expectValid(checkVin("1HGCM82633A004352"), "1HGCM82633A004352");
    const body = Array.from({ length: 100 }, (_, n) => `LFV2A21K0X3${String(n).padStart(6, "0")}`).find(
      (candidate) => vinCheckDigit(candidate) === "X",
    );
    expect(body).toBeDefined();
    const vin = `${body!.slice(0, 8)}X${body!.slice(9)}`;
    expectValid(checkVin(vin), vin);
  });

  it("upper-cases and trims", () => {
    expectValid(checkVin(" lfv2a21k7x3000001 "), "LFV2A21K7X3000001");
  });

  it("rejects missing, short and mistyped VINs", () => {
    expectInvalid(checkVin(""), "REQUIRED");
    expectInvalid(checkVin("LFV2A21K7X300001"), "BAD_LENGTH");
    const letterO = checkVin("LFV2A21K7X3O00001");
    expectInvalid(letterO, "BAD_CHARACTER");
    expect(letterO.message).toContain("12th");
    expect(letterO.message).toContain("probably 0");
    expectInvalid(checkVin("LFV2A21K7X3Q00001"), "BAD_CHARACTER");
    expectInvalid(checkVin("LFV2A21K7X3I00001"), "BAD_CHARACTER");
  });

  it("rejects a wrong check digit on Chinese and North American VINs", () => {
    const chinese = checkVin("LFV2A21K8X3000001");
    expectInvalid(chinese, "BAD_CHECK_CHARACTER");
    expect(chinese.expected).toBe("7");
    expect(chinese.message).toContain("'8' but should be '7'");
    const american = checkVin("1HGCM82643A004352");
    expectInvalid(american, "BAD_CHECK_CHARACTER");
    expect(american.expected).toBe("3");
  });

  it("only warns about the check digit elsewhere", () => {
    // European makers often put Z in position 9.
    const check = checkVin("WVWZZZ1JZ3W386752");
    expectValid(check, "WVWZZZ1JZ3W386752");
    expect(check.warnings).toHaveLength(1);
    expect(check.warnings[0]).toContain("optional");
  });

  it("computes check digits for demo data", () => {
    expect(vinCheckDigit("LFV2A21K0X3000001")).toBe("7");
    expect(vinCheckDigit("lzz5blsj0na123456")).toBe("8");
    expect(() => vinCheckDigit("LFV2A21K0X300000")).toThrow(RangeError);
    expect(() => vinCheckDigit("LFV2A21K0X300000O")).toThrow(RangeError);
  });
});

describe("licence plate", () => {
  it.each([
    ["豫A12345", "ORDINARY"],
    ["豫AD12345", "NEW_ENERGY_SMALL"],
    ["豫AF12345", "NEW_ENERGY_SMALL"],
    ["豫AFK1234", "NEW_ENERGY_SMALL"],
    ["豫A12345D", "NEW_ENERGY_LARGE"],
    ["豫A12345F", "NEW_ENERGY_LARGE"],
    ["京N8A2B3", "ORDINARY"],
  ] as const)("accepts %s as %s", (plate, kind) => {
    expectValid(checkPlate(plate), plate);
    expect(plateKind(plate)).toBe(kind);
  });

  it("normalizes case, spaces, the plate's middle dot and full-width input", () => {
    expectValid(checkPlate(" 豫a·12345 "), "豫A12345");
    expectValid(checkPlate("豫A 12345"), "豫A12345");
    expectValid(checkPlate("豫ａｄ１２３４５"), "豫AD12345");
  });

  it("requires a value", () => {
    expectInvalid(checkPlate(""), "REQUIRED");
    expectInvalid(checkPlate(" · "), "REQUIRED");
    expectInvalid(checkPlate(null), "REQUIRED");
  });

  it("rejects plates without a mainland province character", () => {
    expectInvalid(checkPlate("港A12345"), "BAD_PROVINCE");
    expectInvalid(checkPlate("AB12345"), "BAD_PROVINCE");
  });

  it("rejects the wrong length", () => {
    expectInvalid(checkPlate("豫A1234"), "BAD_LENGTH");
    expectInvalid(checkPlate("豫A123456D"), "BAD_LENGTH");
  });

  it("rejects letters Henan does not issue", () => {
    const check = checkPlate("豫T12345");
    expectInvalid(check, "BAD_AUTHORITY");
    expect(check.message).toContain("A B C D E F G H J K L M N P Q R S U V");
    expectInvalid(checkPlate("豫I12345"), "BAD_AUTHORITY");
    // Other provinces' letter sets are not checked.
    expectValid(checkPlate("冀T12345"), "冀T12345");
  });

  it("rejects I and O in the serial", () => {
    const check = checkPlate("豫A12O45");
    expectInvalid(check, "BAD_CHARACTER");
    expect(check.message).toContain("5th");
    expectInvalid(checkPlate("豫AD1I234"), "BAD_CHARACTER");
  });

  it("rejects malformed layouts and special plates", () => {
    expectInvalid(checkPlate("豫112345"), "BAD_FORMAT");
    expectInvalid(checkPlate("豫AX12345"), "BAD_FORMAT");
    expectInvalid(checkPlate("豫AD1234A"), "BAD_FORMAT");
    expectInvalid(checkPlate("豫A1234D5"), "BAD_FORMAT");
    expectInvalid(checkPlate("豫A1234学"), "BAD_FORMAT");
    expect(plateKind("豫A1234学")).toBeNull();
  });

  it("maps Henan plates to their city", () => {
    expect(plateRegionCode("豫A12345")).toBe("410100");
    expect(plateRegionCode("豫V12345")).toBe("410100");
    expect(plateRegionCode("豫R12345")).toBe("411300");
    expect(plateRegionCode("豫N12345")).toBe("411400");
    expect(plateRegionCode("豫U12345")).toBe("419001");
    expect(plateRegionCode("豫ud12345")).toBe("419001");
    expect(plateRegionCode("京A12345")).toBeNull();
    expect(plateRegionCode("豫T12345")).toBeNull();
  });

  it("agrees with the region data about every Henan letter", () => {
    for (const city of citiesOf()) {
      for (const letter of city.plateLetters) {
        expect(plateRegionCode(`豫${letter}12345`), letter).toBe(city.code);
      }
    }
  });
});

describe("region code", () => {
  it("accepts the province, cities, Jiyuan and counties", () => {
    for (const code of ["410000", "410100", "410105", "410308", "410783", "419001"]) {
      expectValid(checkRegionCode(code), code);
    }
    expectValid(checkRegionCode(" 410105 "), "410105");
  });

  it("rejects malformed codes", () => {
    expectInvalid(checkRegionCode(""), "REQUIRED");
    expectInvalid(checkRegionCode("4101"), "BAD_LENGTH");
    const statistical = checkRegionCode("410105001000");
    expectInvalid(statistical, "BAD_LENGTH");
    expect(statistical.message).toContain("410105");
    expectInvalid(checkRegionCode("41010A"), "BAD_CHARACTER");
  });

  it("rejects real codes outside Henan", () => {
    expectInvalid(checkRegionCode("110105"), "NOT_IN_HENAN");
  });

  it("rejects unknown codes and points at the nearest known parent", () => {
    const check = checkRegionCode("410199");
    expectInvalid(check, "UNKNOWN_REGION");
    expect(check.message).toBe("410199 is not a GB/T 2260 code; its city 410100 (郑州市) is");
    expect(checkRegionCode("419099").message).toContain("419001 (济源市)");
    expect(checkRegionCode("418801").message).toContain("its province 410000 (河南省)");
  });

  it("names the successor of a retired code", () => {
    const check = checkRegionCode("410322");
    expectInvalid(check, "UNKNOWN_REGION");
    expect(check.message).toContain("孟津县");
    expect(check.message).toContain("410308 (孟津区)");
  });
});

describe("checkIdentifier", () => {
  it("dispatches by kind", () => {
    expect(checkIdentifier("CREDIT_CODE", "91410100MA3X5Y7B7G").valid).toBe(true);
    expect(checkIdentifier("VIN", "LFV2A21K7X3000001").valid).toBe(true);
    expect(checkIdentifier("PLATE", "豫A12345D").valid).toBe(true);
    expect(checkIdentifier("REGION", "410105").valid).toBe(true);
    expect(checkIdentifier("REGION", "91410100MA3X5Y7B7G").code).toBe("BAD_CHARACTER");
  });
});

describe("region data", () => {
  const cities = REGIONS.filter((region) => region.level === "CITY");
  const counties = REGIONS.filter((region) => region.level === "COUNTY");

  it("has one province and the 18 cities of the spec", () => {
    expect(REGIONS.filter((region) => region.level === "PROVINCE").map((region) => region.code)).toEqual([
      HENAN_PROVINCE_CODE,
    ]);
    expect(cities.map((city) => city.code).sort()).toEqual([
      "410100", "410200", "410300", "410400", "410500", "410600", "410700", "410800", "410900",
      "411000", "411100", "411200", "411300", "411400", "411500", "411600", "411700", "419001",
    ]);
    expect(citiesOf()).toHaveLength(18);
    for (const city of cities) expect(city.parentCode).toBe(HENAN_PROVINCE_CODE);
  });

  it("puts every city in the spec's group", () => {
    const groupOf = (code: string) => regionByCode(code)?.group;
    for (const code of ["410100", "410200", "410500", "410600", "410700", "410800", "410900"]) {
      expect(groupOf(code), code).toBe("TRANSMISSION_CHANNEL");
    }
    for (const code of ["410300", "411200"]) expect(groupOf(code), code).toBe("FENWEI");
    for (const city of cities) expect(city.group, city.code).not.toBeNull();
    expect(cities.filter((city) => city.group === "OTHER")).toHaveLength(9);
    for (const region of REGIONS.filter((r) => r.level !== "CITY")) expect(region.group).toBeNull();
  });

  it("gives each city its own plate letters", () => {
    const letters = cities.flatMap((city) => city.plateLetters);
    expect(letters.sort().join("")).toBe("ABCDEFGHJKLMNPQRSUV");
    for (const region of REGIONS.filter((r) => r.level !== "CITY")) expect(region.plateLetters).toEqual([]);
  });

  it("has unique, well-formed codes and names", () => {
    expect(new Set(REGIONS.map((region) => region.code)).size).toBe(REGIONS.length);
    for (const region of REGIONS) {
      expect(region.code).toMatch(/^41\d{4}$/);
      expect(region.name).not.toBe("");
      expect(region.nameEn).toMatch(/^[A-Z][A-Za-z' ]+$/);
      expect(isKnownRegionCode(region.code)).toBe(true);
    }
  });

  it("hangs every county under a city in the data, sharing its code prefix", () => {
    for (const county of counties) {
      const parent = regionByCode(county.parentCode ?? "");
      expect(parent?.level, county.code).toBe("CITY");
      expect(county.code.slice(0, 4)).toBe(county.parentCode!.slice(0, 4));
      expect(cityOf(county.code)).toBe(parent);
    }
    const withCounties = cities.filter((city) => childrenOf(city.code).length > 0);
    expect(withCounties.length).toBeGreaterThanOrEqual(5);
    for (const code of ["410100", "410200", "410300", "410500", "410700"]) {
      expect(childrenOf(code).length, code).toBeGreaterThan(0);
    }
  });

  it("answers lookups", () => {
    expect(regionByCode("410105")?.name).toBe("金水区");
    expect(regionByCode("410199")).toBeUndefined();
    expect(cityOf("410100")?.code).toBe("410100");
    expect(cityOf("410000")).toBeUndefined();
    expect(cityOf("419001")?.code).toBe("419001");
    expect(childrenOf("410100").map((region) => region.code)).toContain("410185");
    expect(childrenOf("419001")).toEqual([]);
  });

  it("keeps retired codes out and their successors in", () => {
    for (const retired of RETIRED_REGION_CODES.values()) {
      expect(isKnownRegionCode(retired.code), retired.code).toBe(false);
      expect(regionByCode(retired.replacedBy)?.level, retired.replacedBy).toBe("COUNTY");
    }
  });
});
