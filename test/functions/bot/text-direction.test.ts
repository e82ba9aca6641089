import { describe, expect, it } from "vitest";
import shippedKnowledgeBase from "../../../content/knowledge-base.json" with { type: "json" };
import { answerText } from "../../../functions/bot/answers.ts";
import { count, readableDate, type Translate } from "../../../functions/bot/dates.ts";
import { displayName } from "../../../functions/bot/html.ts";
import { createI18n, localesDirectory, messageIdsByLanguage } from "../../../functions/bot/i18n.ts";
import { loadKnowledgeBase } from "../../../functions/domain/knowledge-base.ts";
import { LANGUAGES, RIGHT_TO_LEFT, type Language } from "../../../functions/domain/languages.ts";

/**
 * Telegram lays out each paragraph of a message by its first strong character, as the Unicode
 * bidirectional algorithm does (rule P2): an Arabic or Persian paragraph that begins with a Latin
 * word ("«Reboot» …") is set left to right, and its Arabic words then read in the wrong order.
 * So every paragraph must start in its language's direction: Arabic and Farsi right to left, the
 * others left to right. Marks, digits, punctuation, emoji and HTML tags decide nothing; an
 * isolate (U+2066–U+2069) is skipped whole; a right-to-left mark (U+200F) counts as right to left.
 */
type Direction = "rtl" | "ltr";

const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const ISOLATE_START = /[\u2066-\u2068]/;
const ISOLATE_END = "\u2069";

/** What a person reads of a paragraph: tags removed, entities decoded. */
const readable = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The paragraph's base direction, or undefined when it has no strong character at all ("👍", "–"). */
export function baseDirection(paragraph: string): Direction | undefined {
  let isolated = 0;
  for (const character of paragraph) {
    if (ISOLATE_START.test(character)) isolated++;
    else if (character === ISOLATE_END) isolated = Math.max(0, isolated - 1);
    else if (isolated > 0) continue;
    else if (character === "\u200F" || character === "\u061C") return "rtl";
    else if (character === "\u200E") return "ltr";
    else if (/\p{L}/u.test(character)) return RIGHT_TO_LEFT_LETTER.test(character) ? "rtl" : "ltr";
  }
  return undefined;
}

/** A paragraph with each isolate replaced by one neutral character, as the algorithm sees it from outside. */
const withoutIsolates = (paragraph: string) => paragraph.replace(/[\u2066-\u2068][^\u2069]*\u2069/g, "\uFFFC");

const LTR_WORD = "(?:(?![\\p{Script=Arabic}\\p{Script=Hebrew}])\\p{L})+";
const RTL_WORD = "[\\p{Script=Arabic}\\p{Script=Hebrew}]+";
const NO_STRONG = "[^\\p{L}\\u200E\\u200F\\n]*";
/**
 * What else reads wrong inside a paragraph: in a right-to-left one, Latin items of an Arabic list
 * ("Deutsch، English") run together and swap places, and a command's "/" without a left-to-right
 * mark before it lands after the command ("start/"); in a left-to-right one, Arabic items of a list
 * ("العربية, فارسی") swap places too.
 */
const MISORDERED: Record<Direction, readonly RegExp[]> = {
  rtl: [new RegExp(`${LTR_WORD}${NO_STRONG}،${NO_STRONG}${LTR_WORD}`, "u"), /(?<![\u200E\u2068])\/[a-z]+/],
  ltr: [new RegExp(`${RTL_WORD}${NO_STRONG},${NO_STRONG}${RTL_WORD}`, "u")],
};

/** The paragraphs of a message that would be laid out wrongly, with the reason. */
export function misdirected(html: string, expected: Direction): string[] {
  return readable(html)
    .split("\n")
    .flatMap((paragraph) => {
      const direction = baseDirection(paragraph);
      if (direction !== undefined && direction !== expected) return [`starts ${direction}: ${paragraph}`];
      const inside = MISORDERED[expected].find((pattern) => pattern.test(withoutIsolates(paragraph)));
      return inside ? [`${inside.source.slice(0, 30)}…: ${paragraph}`] : [];
    });
}

const expectedDirection = (language: Language): Direction => (RIGHT_TO_LEFT.has(language) ? "rtl" : "ltr");

const i18n = createI18n(localesDirectory());
const translate =
  (language: Language): Translate =>
  (key, variables) =>
    i18n.t(language, key, variables);

/**
 * Harmless values, as the bot passes them: names isolated (displayName), district and reference
 * as they are (Latin), translated words in the reader's language, the office hours in German as
 * configured, and counts that reach every plural form.
 */
function variables(language: Language, number: number) {
  const t = translate(language);
  return {
    name: displayName("Anna"),
    by: displayName("Berta"),
    date: readableDate("2026-12-03T10:00:00Z", t),
    district: "Bad Cannstatt",
    reference: "A-2026-00001",
    day: "3",
    month: t("month-12"),
    monthNumber: count(12),
    year: "2026",
    count: count(number),
    max: count(number),
    days: count(number),
    draftHours: count(number),
    // As the bot passes them: the office hours from the schedule, in the reader's language.
    hours: t("office-hours", { firstDay: t("weekday-1"), lastDay: t("weekday-5"), opens: "09:00", closes: "16:00" }),
    firstDay: t("weekday-1"),
    lastDay: t("weekday-5"),
    opens: "09:00",
    closes: "16:00",
    status: t("my-status-assigned"),
    time: "09:00",
    page: count(2),
    pages: count(3),
    reason: "Bad Request",
    language: t("language-name-de"),
    team: "Allgemeine Anfragen",
    teams: "general, companies",
    title: "Beratung",
    label: "Thema",
    values: "Thema 3",
    yes: count(number),
    no: count(number),
    unanswered: count(number),
    total: count(number),
    from: count(1),
    to: count(number),
    number: count(1),
    rating: "4",
    average: "4,5",
    when: "3. Dezember 2026, 09:00 Uhr",
    personal: "",
  };
}
/** One count for each plural form of Arabic (zero, one, two, few, many, other) and Ukrainian. */
const COUNTS = [0, 1, 2, 3, 11, 100];

const idsByFile = messageIdsByLanguage(localesDirectory());

describe("every message", () => {
  it.each([...idsByFile.keys()].sort())("in %s.ftl starts each paragraph in its language's direction", (file) => {
    const language = file.split(".")[0] as Language;
    const ids = [...idsByFile.get(file)!];
    expect(ids.length).toBeGreaterThan(20);
    // A language's name on its button is written in that language, in its direction ("العربية").
    const direction = (id: string) => expectedDirection((/^language-name-(.+)$/.exec(id)?.[1] as Language | undefined) ?? language);
    const wrong = ids.flatMap((id) =>
      COUNTS.flatMap((number) => misdirected(i18n.t(language, id, variables(language, number)), direction(id)).map((problem) => `${id}: ${problem}`)),
    );
    expect([...new Set(wrong)]).toEqual([]);
  });
});

describe("every knowledge-base answer", () => {
  const entries = loadKnowledgeBase(shippedKnowledgeBase);

  it.each(LANGUAGES)("in %s starts each paragraph in the language's direction", (language) => {
    const written = entries.filter((entry) => entry.answer[language] !== undefined);
    expect(written.length).toBeGreaterThan(10);
    const wrong = written.flatMap((entry) => misdirected(answerText(entry, language, translate(language)), expectedDirection(language)).map((problem) => `${entry.id}: ${problem}`));
    expect(wrong).toEqual([]);
  });
});

describe("the direction check", () => {
  it("goes by the first strong character, past marks, digits, emoji, tags and isolates", () => {
    expect(baseDirection("«Reboot» مشروع تجريبي")).toBe("ltr");
    expect(baseDirection("• «Ausbildungscampus»: استشارة")).toBe("ltr");
    expect(baseDirection("مشروع «Reboot»")).toBe("rtl");
    expect(baseDirection("\u200F«Reboot» مشروع")).toBe("rtl");
    expect(baseDirection("👍 2019 – \u2068Anna\u2069 (مكتب)")).toBe("rtl");
    expect(baseDirection("/start – Startseite")).toBe("ltr");
    expect(baseDirection("👍 – 2")).toBeUndefined();
  });

  it("finds lists and commands that a right-to-left paragraph turns round", () => {
    expect(misdirected("اختيار اللغة – Deutsch، English، العربية: ‎/language", "rtl")).toHaveLength(1);
    expect(misdirected("اختيار اللغة – \u2068Deutsch\u2069، \u2068English\u2069، العربية: ‎/language", "rtl")).toEqual([]);
    expect(misdirected("اكتبوا /my لرؤية الحالة", "rtl")).toHaveLength(1);
    expect(misdirected("اكتبوا ‎/my لرؤية الحالة", "rtl")).toEqual([]);
    expect(misdirected("<b>الإرشاد (Patenschaft و Mentoring)</b> في شتوتغارت", "rtl")).toEqual([]);
    expect(misdirected("/language – Sprache wählen (Deutsch, English, العربية, فارسی / دری, Українська).", "ltr")).toHaveLength(1);
    expect(misdirected("/language – Sprache wählen (Deutsch, English, \u2068العربية\u2069, \u2068فارسی / دری\u2069, Українська).", "ltr")).toEqual([]);
  });
});
