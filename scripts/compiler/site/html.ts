/**
 * HTML by template functions, escaped by default: every value interpolated into `html`…`` is
 * escaped unless it is itself the result of `html` (or `trustedHtml`), so text from the data can
 * never become markup.
 */

/** Markup that is already safe: made by `html` from escaped parts. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (character) => ENTITIES[character] ?? character);

export type HtmlPart = Html | string | number | false | null | undefined | readonly HtmlPart[];

const render = (part: HtmlPart): string => {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === false || part === null || part === undefined) return '';
  return escapeHtml(String(part));
};

/** The template tag: literal parts are markup, interpolated values are escaped (arrays joined). */
export const html = (strings: TemplateStringsArray, ...values: readonly HtmlPart[]): Html =>
  new Html(strings.reduce((out, literal, index) => out + literal + (index < values.length ? render(values[index]) : ''), ''));

/** Markup the build made itself (a bundled stylesheet, a JSON-LD block): never data. */
export const trustedHtml = (text: string): Html => new Html(text);

/**
 * JSON inside `<script type="application/ld+json">`: `<` written as `\u003c` so that no `</script>`
 * or `<!--` in the data can end or change the element; JSON parsers read it back unchanged.
 */
export const jsonInScript = (json: string): Html => new Html(json.replaceAll('<', '\\u003c'));

/** A snake_case name that may wrap after its underscores (on a phone), and nowhere else. */
export const breakableName = (name: string): Html =>
  html`${name.split('_').map((part, index) => html`${index > 0 ? trustedHtml('_<wbr>') : ''}${part}`)}`;

/** Text whose `code` spans (between backticks) become <code>, the rest escaped text. */
export const withCode = (text: string): Html => html`${text.split('`').map((part, index) => (index % 2 === 1 ? html`<code>${part}</code>` : part))}`;

/** ` id="…"`, or nothing for no id. */
export const idAttribute = (id: string | undefined): Html | '' => (id === undefined ? '' : html` id="${id}"`);

/** An editorial fact, visibly set apart from what the source says. */
export const editorialNote = (text: string | Html) => html`<span class="editorial"><span class="badge">Editorial</span> ${text}</span>`;
