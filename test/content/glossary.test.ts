import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import shippedKnowledgeBase from "../../content/knowledge-base.json" with { type: "json" };
import { localesDirectory } from "../../functions/bot/i18n.ts";
import type { Language } from "../../functions/domain/languages.ts";

/**
 * The "not" column of locales/GLOSSARY.md: words the interface and the knowledge base used for the
 * same thing before one term was chosen, and Iranian forms where the Farsi texts use Dari ones.
 * A text that brings one back names the thing differently from the rest of the bot.
 */
const REPLACED: Partial<Record<Language, readonly RegExp[]>> = {
  en: [/(?<!education )\bcoordinators?\b/i], // the coordination team (the education coordinators of 2017–2021 were another role)
  ar: [/مجموع\p{L}* أصدقاء/u, /المشاركة المدنية/u, /وحدة تنسيق/u],
  fa: [
    /ژانویه|فوریه|آوریل|ژوئن|ژوئیه|(?<!\p{L})اوت(?!\p{L})|سپتامبر|اکتبر|نوامبر|دسامبر/u, // Iranian month names
    /ابتکار/u, // Initiative: نهاد مدنی
    /پناهجو/u, // Geflüchtete: پناهنده
    /هماهنگ‌کنند/u, // the coordination team: تیم هماهنگی
    /گروه‌?(?:های)? دوستان|حلقه‌های دوستی/u, // Freundeskreis: حلقه دوستان پناهندگان
    /مشارکت مدنی|دفتر هماهنگی/u,
  ],
  uk: [
    /груп\p{L}* друзів|дружн\p{L}* кол/u, // Freundeskreis: коло друзів біженців
    /громадянськ\p{L}* участ/u, // Engagement: громадська активність
    /(?<!\p{L})соціальн\p{L}* відомств/u, // the Sozialamt, capitalised: Соціальне відомство
    /(?<!\p{L})(?:ви|вас|вам|ваш\p{L}*)(?!\p{L})/u, // the polite Ви in lower case
  ],
};

/** Message text of a Fluent file: no comments, ids, placeables or variant keys. */
function fluentTexts(source: string): string[] {
  return source
    .split("\n")
    .filter((line) => !line.startsWith("#"))
    .map((line) =>
      line
        .replace(/^-?[a-zA-Z][a-zA-Z0-9_-]*\s*=/, "")
        .replace(/\{\s*[$-][a-zA-Z][a-zA-Z0-9_-]*\s*(->)?/g, "")
        .replace(/^\s*\*?\[[^\]]+\]/, ""),
    )
    .filter((text) => text.trim() !== "");
}

const directory = localesDirectory();
const textsIn = (language: Language): string[] => [
  ...readdirSync(directory)
    .filter((file) => file.endsWith(".ftl") && file.split(".")[0] === language)
    .flatMap((file) => fluentTexts(readFileSync(join(directory, file), "utf8"))),
  ...shippedKnowledgeBase.flatMap((entry) => [(entry.title as Partial<Record<Language, string>>)[language], (entry.answer as Partial<Record<Language, string>>)[language]]).filter((text): text is string => text !== undefined),
];
const replacedIn = (texts: readonly string[], language: Language) =>
  texts.flatMap((text) => (REPLACED[language] ?? []).filter((pattern) => pattern.test(text)).map((pattern) => `${pattern.source.slice(0, 40)}: ${text.slice(0, 120)}`));

describe("the office's terms (locales/GLOSSARY.md)", () => {
  it.each(Object.keys(REPLACED) as Language[])("are the same in the %s interface and knowledge base", (language) => {
    const texts = textsIn(language);
    expect(texts.length).toBeGreaterThan(100);
    expect(replacedIn(texts, language)).toEqual([]);
  });

  it("are told from the words they replaced", () => {
    expect(replacedIn(["در دسامبر 2018", "ابتکارها", "پناهجویان", "یک هماهنگ‌کننده", "گروه‌های دوستان پناهندگان"], "fa")).toHaveLength(5);
    expect(replacedIn(["در دسمبر 2018", "نهادهای مدنی", "پناهندگان", "تیم هماهنگی", "حلقه‌های دوستان پناهندگان", "هوا اوتومات"], "fa")).toEqual([]);
    expect(replacedIn(["яке коло вам підходить", "групи друзів біженців", "соціального відомства"], "uk")).toHaveLength(3);
    expect(replacedIn(["Вам можуть допомогти", "Хто Ви?", "кола друзів біженців", "Соціального відомства"], "uk")).toEqual([]);
    expect(replacedIn(["مجموعات أصدقاء اللاجئين", "المشاركة المدنية"], "ar")).toHaveLength(2);
    expect(replacedIn(["Ask a coordinator through this bot."], "en")).toHaveLength(1);
    expect(replacedIn(["4 education coordinators for new immigrants", "the coordination team"], "en")).toEqual([]);
  });
});
