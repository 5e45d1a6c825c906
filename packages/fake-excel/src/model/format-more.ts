/**
 * `Range.text` for the number formats the host gives cells when it reads typed input
 * (typed-input.ts): times ("h:mm", "h:mm:ss AM/PM", "[h]:mm", "m/d/yyyy h:mm"), currency
 * ("$#,##0", "$#,##0.00"), scientific ("0.00E+00") and fractions ("# ?/?"). The codes'
 * meanings are those of "Number format codes"
 * (https://support.microsoft.com/en-us/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68):
 * "m" after "h" or before "s" is minutes, otherwise month. Pure functions.
 */
/** Excel 1900 date serial -> {y, m (1-12), d}. Serial 60 is Excel's fictitious 29 Feb 1900. */
export function serialToDate(serial: number): { y: number; m: number; d: number } {
  const whole = Math.floor(serial);
  if (whole === 60) return { y: 1900, m: 2, d: 29 };
  const offset = whole < 60 ? whole + 1 : whole;
  const ms = Date.UTC(1899, 11, 30) + offset * 86_400_000;
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** "1234567" -> "1,234,567". */
export function withThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Date and time codes: tokens in the order they appear, minutes told from months by position. */
export function formatDateTime(value: number, fmt: string): string {
  const tokens = fmt.match(/\[h+\]|yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|AM\/PM|[^ymdhs[A]+|./gi) ?? [];
  const ampm = /AM\/PM/i.test(fmt);
  const whole = Math.floor(value);
  const seconds = Math.round((value - whole) * 86_400);
  const { y, m, d } = serialToDate(whole);
  const hours24 = Math.floor(seconds / 3600) % 24;
  const minutes = Math.floor(seconds / 60) % 60;
  const secs = seconds % 60;
  const isMinute = (i: number): boolean => {
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((t) => /^[ymdhs[]/i.test(t));
    const next = tokens.slice(i + 1).find((t) => /^[ymdhs[]/i.test(t));
    return (prev !== undefined && /^(\[h+\]|h+)$/i.test(prev)) || (next !== undefined && /^s+$/i.test(next));
  };
  return tokens
    .map((tok, i) => {
      const t = tok.toLowerCase();
      if (/^\[h+\]$/.test(t)) return String(Math.floor((whole * 86_400 + seconds) / 3600));
      switch (t) {
        case "yyyy":
          return String(y);
        case "yy":
          return pad2(y % 100);
        case "mmmm":
        case "mmm":
          return MONTHS[m - 1] ?? "";
        case "mm":
          return isMinute(i) ? pad2(minutes) : pad2(m);
        case "m":
          return isMinute(i) ? String(minutes) : String(m);
        case "dd":
          return pad2(d);
        case "d":
          return String(d);
        case "hh":
        case "h": {
          const h = ampm ? hours24 % 12 || 12 : hours24;
          return t === "hh" ? pad2(h) : String(h);
        }
        case "ss":
          return pad2(secs);
        case "s":
          return String(secs);
        case "am/pm":
          return hours24 < 12 ? "AM" : "PM";
        default:
          return tok;
      }
    })
    .join("");
}

/** The nearest fraction with a one-digit denominator, as "# ?/?" shows it ("1 1/2"). */
function formatFraction(value: number): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  let whole = Math.floor(abs);
  let best = { num: 0, den: 1, err: abs - whole };
  for (let den = 2; den <= 9; den++) {
    const num = Math.round((abs - whole) * den);
    const err = Math.abs(abs - whole - num / den);
    if (err < best.err - 1e-12) best = { num, den, err };
  }
  if (best.num === best.den) {
    whole += 1;
    best = { num: 0, den: 1, err: 0 };
  }
  if (best.num === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? "" : `${whole} `}${best.num}/${best.den}`;
}

/**
 * The text of `value` under `fmt` for the formats above, or undefined for any other format
 * (cells.ts' formatText handles those).
 */
export function formatMore(value: number, fmt: string): string | undefined {
  if (/h/i.test(fmt.replace(/"[^"]*"/g, ""))) return formatDateTime(value, fmt);
  const currency = /^\$(#,##)?0(?:\.(0+))?$/.exec(fmt);
  if (currency) {
    const decimals = currency[2]?.length ?? 0;
    const fixed = Math.abs(value).toFixed(decimals);
    const [int = "0", frac] = fixed.split(".");
    const body = (currency[1] ? withThousands(int) : int) + (frac ? `.${frac}` : "");
    return `${value < 0 && Number(fixed) !== 0 ? "-" : ""}$${body}`;
  }
  const sci = /^0\.(0+)E\+00$/i.exec(fmt);
  if (sci) {
    const [mant = "0", exp = "0"] = value.toExponential(sci[1]?.length ?? 2).split("e");
    const e = Number(exp);
    return `${mant}E${e < 0 ? "-" : "+"}${pad2(Math.abs(e))}`;
  }
  if (fmt === "# ?/?") return formatFraction(value);
  return undefined;
}
