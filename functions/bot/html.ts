/** Telegram's HTML parse mode needs exactly these three escaped in any text we did not write. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Every message the bot sends is HTML, so that translations can use <b> and links. */
export const HTML = { parse_mode: "HTML", link_preview_options: { is_disabled: true } } as const;
