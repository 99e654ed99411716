// Resource and Arn* matching: an ARN's six colon-separated parts are compared one by one, wildcards stay in their part.
import { compileParts, globMatch, type PatternPart } from './wildcard';

/** Splits an ARN into its six parts (the resource part keeps any further colons); null when it is not one. */
function arnParts(text: string): string[] | null {
  const parts: string[] = [];
  let rest = text;
  for (let i = 0; i < 5; i++) {
    const at = rest.indexOf(':');
    if (at < 0) return null;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

/** Splits pattern parts at the first five unescaped (non-literal) colons, like arnParts does for text. */
function splitPatternParts(parts: PatternPart[]): PatternPart[][] | null {
  const out: PatternPart[][] = [[]];
  for (const part of parts) {
    if (part.literal || out.length === 6) {
      out[out.length - 1]!.push(part);
      continue;
    }
    let text = part.text;
    while (out.length < 6) {
      const at = text.indexOf(':');
      if (at < 0) break;
      out[out.length - 1]!.push({ text: text.slice(0, at), literal: false });
      out.push([]);
      text = text.slice(at + 1);
    }
    out[out.length - 1]!.push({ text, literal: false });
  }
  return out.length === 6 ? out : null;
}

/** True when the ARN `value` matches the pattern (case-sensitive, as Resource and ArnLike/ArnEquals are). */
export function arnMatches(pattern: PatternPart[], value: string): boolean {
  if (pattern.length === 1 && !pattern[0]!.literal) {
    const text = pattern[0]!.text;
    if (text === '*') return true;
    const patternArn = arnParts(text);
    const valueArn = arnParts(value);
    if (!patternArn || !valueArn) return globMatch(text, value, false);
    return patternArn.every((p, i) => globMatch(p, valueArn[i]!, false));
  }
  const split = splitPatternParts(pattern);
  const valueArn = arnParts(value);
  if (!split || !valueArn) return compileParts(pattern, false).test(value);
  return split.every((p, i) => compileParts(p, false).test(valueArn[i]!));
}
