// GB/T 8170 rounding ("四舍六入五成双"): round half to even on the figure's decimal value. A binary double
// cannot hold most decimals (1.15 is stored as 1.1499999…), so the decision is taken on the decimal text,
// never on the double: Math.round and toFixed get 52.5, 1.05 and 1.15 wrong one way or the other.

/**
 * Significant digits of a figure's decimal text. 15 is the most a double always carries exactly: any figure
 * written with at most 15 digits reads back as itself, and the last-bit noise of sums and quotients
 * (0.1 + 0.2 = 0.30000000000000004) falls away. A mean of published daily values over at most 731 days, or a
 * ratio of day counts, lies either exactly on a tie or at least 1e-7 away from one, so no real tie is lost and
 * no false one made.
 */
const SIGNIFICANT = 15;

/** `value` rounded half to even to `digits` decimals (GB/T 8170); digits 0 = an integer. */
export function roundHalfEven(value: number, digits: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`roundHalfEven: expected a finite number, got ${value}`);
  if (!Number.isInteger(digits) || digits < 0 || digits > 10) throw new RangeError(`roundHalfEven: digits must be an integer 0..10, got ${digits}`);
  if (value === 0) return 0;
  const negative = value < 0;
  // "d.dddddddddddddde±x": 15 significant digits of the decimal value, exactly as text.
  const [mantissa, exp] = Math.abs(value).toExponential(SIGNIFICANT - 1).split("e");
  const m = BigInt(mantissa!.replace(".", ""));
  // value = m · 10^(exp − 14); scaled to the kept digits: m · 10^shift
  const shift = Number(exp) - (SIGNIFICANT - 1) + digits;
  let q: bigint;
  if (shift >= 0) q = m * 10n ** BigInt(shift);
  else {
    const div = 10n ** BigInt(-shift);
    q = m / div;
    const twice = (m % div) * 2n;
    if (twice > div || (twice === div && q % 2n === 1n)) q += 1n;
  }
  // q and 10^digits are exact doubles, and one correctly rounded division gives the double nearest the decimal.
  const out = Number(q) / 10 ** digits;
  return negative ? -out : out;
}

/** Reporting precision (decimals) of the published figures (HJ 663-2013, GB 3095-2012). */
export const REPORTING_DIGITS = Object.freeze({
  /** µg/m³ */
  concentration: 0,
  /** CO, mg/m³ */
  co: 1,
  /** a fraction 0..1, i.e. a tenth of a percent */
  ratio: 3,
  /** day counts; a province's is a mean of its cities' */
  days: 0,
  /** single and composite indices (城市环境空气质量排名技术规定) */
  index: 2,
});

/** The reporting precision of a figure in `unit`, or null when the standards set none for it (it is not rounded). */
export function reportingDigitsOfUnit(unit: string): number | null {
  switch (unit) {
    case "µg/m³":
      return REPORTING_DIGITS.concentration;
    case "mg/m³":
      return REPORTING_DIGITS.co;
    case "ratio":
      return REPORTING_DIGITS.ratio;
    case "days":
      return REPORTING_DIGITS.days;
    default:
      return null;
  }
}
