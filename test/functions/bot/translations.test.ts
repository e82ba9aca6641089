import { describe, expect, it } from "vitest";
import { createI18n, localesDirectory, messageIdsByLanguage } from "../../../functions/bot/i18n.ts";
import { LANGUAGES } from "../../../functions/domain/languages.ts";

const directory = localesDirectory();
const i18n = createI18n(directory);
const idsByLanguage = messageIdsByLanguage(directory);
const messageIds = (language: string) => [...(idsByLanguage.get(language) ?? [])];
const germanIds = messageIds("de");

const ALLOWED_TAGS = new Set(["b", "i", "a", "pre", "code"]);
/** Every variable any message uses, with a harmless value. */
// Numbers are passed as strings, as the bot does: Fluent would localise digits (Persian ones in fa).
const VARIABLES = {
  name: "Anna",
  by: "Berta",
  date: "2019",
  district: "Mitte",
  count: "3",
  reference: "A-2026-00001",
  day: "1",
  month: "Mai",
  year: "2019",
  max: "2000",
  days: "180",
  draftHours: "72",
  hours: "Mo–Fr",
  status: "neu",
  time: "09:00",
  page: "2",
  pages: "3",
  reason: "Bad Request",
  language: "Deutsch",
};

describe.each(LANGUAGES)("the %s texts", (language) => {
  it("have every message the German texts have, and no others", () => {
    expect([...messageIds(language)].sort()).toEqual([...germanIds].sort());
  });

  it("format without missing references", () => {
    for (const id of germanIds) expect(i18n.t(language, id, VARIABLES), id).not.toMatch(/\{[$-]?[a-z-]+\}/);
  });

  it("use only tags Telegram's HTML mode accepts, balanced", () => {
    for (const id of germanIds) {
      const text = i18n.t(language, id, VARIABLES);
      const stack: string[] = [];
      for (const [, closing, tag] of text.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
        expect(ALLOWED_TAGS.has(tag!), `${id}: <${tag}>`).toBe(true);
        if (closing) expect(stack.pop(), id).toBe(tag);
        else stack.push(tag!);
      }
      expect(stack, id).toEqual([]);
    }
  });

  it("keep the same commands, links and numbers as the German texts", () => {
    const facts = (text: string) => ({
      commands: [...text.matchAll(/\/[a-z]+\b/g)].map((m) => m[0]).filter((c) => !c.startsWith("//")).sort(),
      links: [...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).sort(),
      numbers: [...text.matchAll(/\d+/g)].map((m) => m[0]).sort(),
    });
    for (const id of germanIds) expect(facts(i18n.t(language, id, VARIABLES)), id).toEqual(facts(i18n.t("de", id, VARIABLES)));
  });
});
