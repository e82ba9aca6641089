/** Telegram's HTML parse mode needs exactly these three escaped in any text we did not write. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Every message the bot sends is HTML, so that translations can use <b> and links. */
export const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;

/** What a person reads of a Telegram HTML message, without markup; links keep their address. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<a href="([^"]*)">(.*?)<\/a>/gs, (_, href: string, text: string) => (text === href ? text : `${text} (${href})`))
    .replace(/<\/?[a-z][^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/**
 * Characters that change the order or the look of a line without being seen: explicit direction
 * overrides, embeddings and isolates, and invisible spaces. Zero-width (non-)joiners stay: Persian
 * spelling and emoji need them.
 */
const INVISIBLE_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u061C\u2060\uFEFF]/g;

/** A person's text without the invisible controls that could reorder the line it is shown in. */
export function withoutDirectionControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, "");
}

/**
 * A name someone chose (a coordinator's first name, a company), escaped for HTML and isolated
 * (first-strong isolate … pop) so that an Arabic name cannot reverse the rest of a German line.
 */
export function displayName(name: string): string {
  return `\u2068${escapeHtml(withoutDirectionControls(name))}\u2069`;
}
