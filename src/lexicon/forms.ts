/**
 * Finding a lexicon's surface forms ("Kazakhstan", "Central Asian", "Xi'an") as whole words in a text.
 *
 * It finds what the alternation `(?<![\p{L}\p{N}])(?:form1|form2|…)(?![\p{L}\p{N}…])` finds with `matchAll`, in the
 * same order and with the same first-listed form at each place, but looks only where a form's first letter stands: a
 * regular expression of a few hundred alternatives tries them all at every character, and this is a sentence's most
 * frequent look-up.
 */

/** One form found: where it starts in the text, and the form as written there. */
export interface FormHit {
  index: number;
  form: string;
}

export interface FormFinderOptions {
  /** Characters, besides letters and digits, that may not follow a form ("$": "US$" names no country). */
  notAfter?: string;
  /** Words that may not follow a form, past any white space ("U.S. dollars"), as a sticky pattern. */
  notFollowedBy?: RegExp;
  /** Whether an apostrophe in a form may also be written as a right single quotation mark ("Xi’an"). */
  curlyApostrophe?: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (cp: number): boolean =>
  cp < 128 ? (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : LETTER_OR_DIGIT.test(String.fromCodePoint(cp));

/** The code point that ends right before `at`, if any. */
function codePointBefore(text: string, at: number): number | undefined {
  if (at === 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2);
  }
  return low;
}

export class FormFinder {
  /** The forms by their first character, each list in the order the forms were given, with each form's second character's code. */
  private readonly byFirst = new Map<string, { form: string; second: number }[]>();
  private readonly firsts: RegExp;
  private readonly notAfter: string;
  private readonly notFollowedBy: RegExp | null;

  /** @param forms the forms, in the order they are tried at one place (longest first, as an alternation lists them) */
  constructor(forms: readonly string[], options: FormFinderOptions = {}) {
    for (const form of forms) {
      const written = options.curlyApostrophe && form.includes("'") ? [form, form.replace("'", "’")] : [form];
      for (const w of written) {
        const list = this.byFirst.get(w[0]!) ?? [];
        list.push({ form: w, second: w.charCodeAt(1) });
        this.byFirst.set(w[0]!, list);
      }
    }
    const chars = [...this.byFirst.keys()].map((c) => c.replace(/[\]\\^-]/g, "\\$&")).join("");
    this.firsts = new RegExp(chars ? `[${chars}]` : "[]", "g");
    this.notAfter = options.notAfter ?? "";
    this.notFollowedBy = options.notFollowedBy ?? null;
  }

  /** The forms found in `text`, left to right, none overlapping. */
  find(text: string): FormHit[] {
    const hits: FormHit[] = [];
    const firsts = this.firsts;
    firsts.lastIndex = 0;
    for (let m = firsts.exec(text); m; m = firsts.exec(text)) {
      const hit = this.at(text, m.index);
      if (!hit) continue;
      hits.push(hit);
      firsts.lastIndex = hit.index + hit.form.length;
    }
    return hits;
  }

  /** Whether `text` has any of the forms. */
  test(text: string): boolean {
    const firsts = this.firsts;
    firsts.lastIndex = 0;
    for (let m = firsts.exec(text); m; m = firsts.exec(text)) if (this.at(text, m.index)) return true;
    return false;
  }

  /** `text` with the forms found taken out, as `text.replace(pattern, "")` gives it. */
  remove(text: string): string {
    let out = "";
    let from = 0;
    for (const h of this.find(text)) {
      out += text.slice(from, h.index);
      from = h.index + h.form.length;
    }
    return out + text.slice(from);
  }

  /** The first form (in the given order) that stands at `at` as a whole word. */
  private at(text: string, at: number): FormHit | null {
    const before = codePointBefore(text, at);
    if (before !== undefined && isWordChar(before)) return null;
    const second = text.charCodeAt(at + 1);
    for (const { form, second: next } of this.byFirst.get(text[at]!)!) {
      if (next !== second && form.length > 1) continue;
      if (!text.startsWith(form, at)) continue;
      const end = at + form.length;
      const after = text.codePointAt(end);
      if (after !== undefined && (isWordChar(after) || this.notAfter.includes(text[end]!))) continue;
      if (this.notFollowedBy) {
        this.notFollowedBy.lastIndex = end;
        if (this.notFollowedBy.test(text)) continue;
      }
      return { index: at, form };
    }
    return null;
  }
}
