import { escapeHtml, htmlToPlainText } from "./html.ts";
import { TELEGRAM_LIMITS } from "./message-parts.ts";

/** One entry of a history: a heading the bot wrote (HTML) and what someone wrote (plain text). */
export interface HistoryEntry {
  heading: string;
  text: string;
}

export interface HistoryPageOptions {
  /** Appended to an entry cut short to fit a page (HTML). */
  shortened: string;
  /** "page 2 of 3" (HTML), shown when there is more than one page. */
  pageLabel: (page: number, pages: number) => string;
  /** @default Telegram's 4,096 characters of text */
  limit?: number;
}

const plainLength = (html: string) => htmlToPlainText(html).length;

/**
 * Splits a history (entries in the order to show them) into pages that each fit one message under
 * the title, whole entries per page. An entry too long for a page on its own is cut short with a
 * note: the full text stays in the person's chat and in their data copy.
 */
export function historyPages(title: string, entries: readonly HistoryEntry[], { shortened, pageLabel, limit = TELEGRAM_LIMITS.text }: HistoryPageOptions): string[] {
  // Room for the title and the widest page label, each on its own line.
  const budget = limit - plainLength(title) - 1 - plainLength(pageLabel(999, 999)) - 1;
  const rendered = entries.map((entry) => {
    const headingLength = plainLength(entry.heading);
    // A blank line before each entry, a line break between heading and text.
    let length = 1 + headingLength + (entry.text ? 1 + entry.text.length : 0);
    let text = escapeHtml(entry.text);
    if (length > budget) {
      const room = budget - 1 - headingLength - 1 - plainLength(shortened) - 1;
      text = `${escapeHtml(entry.text.slice(0, Math.max(0, room)).trimEnd())}… ${shortened}`;
      length = 1 + headingLength + 1 + plainLength(text);
    }
    return { html: `\n${entry.heading}${entry.text ? `\n${text}` : ""}`, length };
  });

  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  for (const entry of rendered) {
    if (page.length > 0 && used + 1 + entry.length > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(entry.html);
    used += entry.length + (page.length > 1 ? 1 : 0);
  }
  pages.push(page);
  if (pages.length === 1) return [[title, ...pages[0]!].join("\n")];
  return pages.map((lines, index) => [title, pageLabel(index + 1, pages.length), ...lines].join("\n"));
}
