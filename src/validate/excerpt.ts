/** Input quoted in a message is quoted short, so that issues stay small however large the input. */

/** Quoted whole up to this many characters. */
export const MAX_QUOTED = 80;
const KEPT = 40;

/** The text, or its first characters and `…(N characters)` when it is longer than MAX_QUOTED. */
export const excerpt = (text: string): string => {
  if (text.length <= MAX_QUOTED) return text;
  const end = text.charCodeAt(KEPT - 1) >= 0xd800 && text.charCodeAt(KEPT - 1) < 0xdc00 ? KEPT - 1 : KEPT;
  return `${text.slice(0, end)}…(${text.length.toLocaleString('en-US')} characters)`;
};
