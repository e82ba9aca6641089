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
