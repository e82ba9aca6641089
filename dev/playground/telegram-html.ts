/** A formatting entity as Telegram reports it: offsets and lengths in UTF-16 code units. */
export interface MessageEntity {
  type: "bold" | "italic" | "underline" | "strikethrough" | "spoiler" | "text_link" | "code" | "pre" | "blockquote" | "expandable_blockquote" | "custom_emoji" | "bot_command" | "url";
  offset: number;
  length: number;
  url?: string;
  language?: string;
}

/** Thrown for markup Telegram would refuse; the message is Telegram's description after "Bad Request: ". */
export class EntityParseError extends Error {}

const SIMPLE_TAGS: Record<string, MessageEntity["type"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  code: "code",
  pre: "pre",
};

/** The only named entities Telegram's HTML knows; numeric ones are all accepted. */
const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

interface Open {
  tag: string;
  start: number;
  entity?: Omit<MessageEntity, "offset" | "length">;
}

/**
 * Telegram's `parse_mode: "HTML"`, as its documentation describes it: the tags it supports, the
 * four named entities and all numeric ones, nesting checked, everything else refused with the
 * description Telegram gives ("can't parse entities: …"). Returns the text a person reads and its
 * entities, so that a page can render it without ever treating the bot's text as HTML.
 */
export function parseTelegramHtml(html: string): { text: string; entities: MessageEntity[] } {
  let text = "";
  const entities: MessageEntity[] = [];
  const open: Open[] = [];
  const byteOffset = (index: number) => Buffer.byteLength(html.slice(0, index), "utf8");
  const fail = (reason: string): never => {
    throw new EntityParseError(`can't parse entities: ${reason}`);
  };

  let index = 0;
  while (index < html.length) {
    const char = html[index]!;
    if (char === "&") {
      const entity = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(html.slice(index, index + 12));
      if (entity) {
        const name = entity[1]!;
        const decoded = name.startsWith("#") ? fromCodePoint(name.startsWith("#x") ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))) : NAMED_ENTITIES[name];
        if (decoded !== undefined) {
          text += decoded;
          index += entity[0].length;
          continue;
        }
      }
      // Telegram keeps an ampersand that starts no entity it knows as it is.
      text += char;
      index++;
      continue;
    }
    if (char !== "<") {
      text += char;
      index++;
      continue;
    }
    const close = tagEnd(html, index);
    if (close < 0) fail(`Unclosed start tag at byte offset ${byteOffset(index)}`);
    const inner = html.slice(index + 1, close);
    if (inner.startsWith("/")) {
      const name = inner.slice(1).trim().toLowerCase();
      const top = open.pop();
      if (!top) fail(`Unexpected end tag at byte offset ${byteOffset(index)}`);
      if (top!.tag !== name) fail(`Unmatched end tag at byte offset ${byteOffset(index)}, expected "</${top!.tag}>", found "</${name}>"`);
      // Telegram keeps no formatting inside code: only the code entity itself.
      const inCode = open.some((outer) => outer.tag === "code" || outer.tag === "pre");
      if (top!.entity && !inCode && text.length > top!.start) entities.push({ ...top!.entity, offset: top!.start, length: text.length - top!.start });
      index = close + 1;
      continue;
    }
    const tagMatch = /^([a-zA-Z][a-zA-Z0-9-]*)(.*)$/s.exec(inner);
    if (!tagMatch) fail(`Unsupported start tag "${inner.split(/\s/)[0]}" at byte offset ${byteOffset(index)}`);
    const tag = tagMatch![1]!.toLowerCase();
    const attributes = parseAttributes(tagMatch![2]!);
    let entity: Open["entity"];
    if (tag in SIMPLE_TAGS) {
      entity = { type: SIMPLE_TAGS[tag]! };
      if (tag === "code" && open.at(-1)?.tag === "pre") {
        const language = /^language-(.+)$/.exec(attributes.class ?? "")?.[1];
        const pre = open.at(-1)!;
        if (language && pre.entity) pre.entity.language = language;
        entity = undefined;
      }
    } else if (tag === "span") {
      if (attributes.class !== "tg-spoiler") fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(index)}`);
      entity = { type: "spoiler" };
    } else if (tag === "a") {
      const href = attributes.href;
      if (href === undefined) fail(`Tag "a" must have attribute "href" at byte offset ${byteOffset(index)}`);
      entity = { type: "text_link", url: href! };
    } else if (tag === "blockquote") {
      entity = { type: "expandable" in attributes ? "expandable_blockquote" : "blockquote" };
    } else if (tag === "tg-emoji") {
      entity = { type: "custom_emoji" };
    } else {
      fail(`Unsupported start tag "${tag}" at byte offset ${byteOffset(index)}`);
    }
    open.push({ tag, start: text.length, ...(entity ? { entity } : {}) });
    index = close + 1;
  }
  if (open.length > 0) fail(`Can't find end tag corresponding to start tag "${open.at(-1)!.tag}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}

/** A character for a numeric entity, or undefined for a number that names none (Telegram keeps those as text). */
function fromCodePoint(codePoint: number): string | undefined {
  if (!Number.isInteger(codePoint) || codePoint <= 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return undefined;
  return String.fromCodePoint(codePoint);
}

/** Where a tag that starts at `start` ends: the first ">" outside quoted attribute values, or -1. */
function tagEnd(html: string, start: number): number {
  let quote: string | undefined;
  for (let index = start + 1; index < html.length; index++) {
    const char = html[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return index;
  }
  return -1;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attributes[match[1]!.toLowerCase()] = decodeAttribute(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

function decodeAttribute(value: string): string {
  return value.replace(/&(lt|gt|amp|quot);/g, (_, name: string) => NAMED_ENTITIES[name]!);
}

/** The bot_command entities Telegram adds to a person's text, e.g. "/start" or "/register@bot". */
export function commandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  for (const match of text.matchAll(/(?<![\w/])\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{5,32})?/g)) {
    entities.push({ type: "bot_command", offset: match.index, length: match[0].length });
  }
  return entities;
}
