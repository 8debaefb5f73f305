/**
 * Words and punctuation with their offsets. Names and text are cut the same way, so
 * "qu'OpenAI" gives [qu, ', OpenAI], "Nvidia’s" gives [Nvidia, ’, s] and "Nvidia-Chips"
 * gives [Nvidia, -, Chips]: elision, possessives and compounds need no special case to find
 * the name, only to read the context around it.
 */

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, with ’ written as ': what names are compared on. */
  key: string;
  start: number;
  end: number;
  /** True for letters and digits, false for a punctuation mark. */
  word: boolean;
  /** True when white space separates it from the previous token. */
  spaceBefore: boolean;
  /** True when the white space before it holds a line break (a new block or list item). */
  breakBefore: boolean;
}

// A run of letters, marks and digits, or any single other visible character.
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;

/** The comparison key of a token: lower case, typographic apostrophes made plain. */
export function tokenKey(text: string): string {
  return text.toLowerCase().replace(APOSTROPHES, "'");
}

/** The key without accents ("telefonica" for "telefónica"), so unaccented spellings still match. */
export function foldKey(key: string): string {
  return key.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Cuts text into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const raw = m[0];
    let breakBefore = false;
    for (let k = last; k < start; k++)
      if (text.charCodeAt(k) === 10) {
        breakBefore = true;
        break;
      }
    // Runs of two or more characters are always letters or digits; a single one may be either.
    const word = raw.length > 1 || isWordChar(raw.charCodeAt(0), raw);
    tokens.push({
      text: raw,
      key: word ? raw.toLowerCase() : tokenKey(raw),
      start,
      end: start + raw.length,
      word,
      spaceBefore: start > last,
      breakBefore,
    });
    last = start + raw.length;
  }
  return tokens;
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(code: number, text: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(text);
}

/** Cuts a name or phrase into the keys the matcher compares ("Meta Platforms" → [meta, platforms]). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/** True when the token starts with a capital letter. */
export function isCapitalised(text: string): boolean {
  const c = text[0] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True when the token has letters and none of them is lower case ("SAP", "NVIDIA"). */
export function isAllCaps(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase();
}
