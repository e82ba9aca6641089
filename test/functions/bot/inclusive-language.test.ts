import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import shippedKnowledgeBase from "../../../content/knowledge-base.json" with { type: "json" };
import routing from "../../../content/routing.json" with { type: "json" };
import { localesDirectory } from "../../../functions/bot/i18n.ts";
import { LANGUAGES, type Language } from "../../../functions/domain/languages.ts";

/**
 * Forms that name or address only women or only men where everyone is meant (the style is written
 * down in locales/GLOSSARY.md): the office's people are "das Koordinationsteam" (neutral where it
 * reads naturally; the gender star, "Administrator*innen", only where no neutral form exists).
 * Checked in every text the bot says: the Fluent files (messages, not comments) and the knowledge
 * base. content/search/ and content/small-talk.json are left out on purpose: they record how
 * people ask, and people do type "Koordinatorin".
 */
const FORBIDDEN: Record<Language, readonly RegExp[]> = {
  de: [
    /oordinatorin/i, // Koordinatorin(nen), Bildungskoordinatorin: only women
    /oordinator(?![*]in|in)/i, // Koordinator(en): the generic masculine
    /dministrator(?![*]in)/i, // Administratorin(nen), Administrator(en)
    /Mitarbeiter(?![*]in)/, // Mitarbeiterin(nen), Mitarbeiter; "Mitarbeitende" is neutral
    /\b(\p{L}+)innen und \1(n|en)?\b/u, // "Bürgerinnen und Bürger": two genders, not everyone
    /\b(\p{L}+)in(,| oder| und) (?:(?:ein|eine|einen) )?\1(e|en|n)?\b/u, // "Mentorin, Mentor", "Patin oder Pate"
    /\b(\p{L}+)e oder \1er\b/u, // "Engagierte oder Engagierter"
    /\b(Nachbarn|Bürger|Mentoren|Paten|Helfer|Ansprechpartner|Teilnehmer|Flüchtlinge)\b/, // generic masculine
  ],
  en: [
    /\bchair(wo)?man\b|\bspokes(wo)?man\b/i,
    /\b(he or she|his or her|him or her|\(s\)he)\b/i,
    /oordinatorin|\bPatin\b/, // German words for women only, in parentheses
  ],
  ar: [
    /منس\u0651?ق/u, // a word for a coordinator (منسّقة, منسّقات, المنسق): the office's people are فريق التنسيق
    /موظفات|المسؤولات/u, // staff named as women only
    // The reader addressed as one man (the plural أنتم addresses everyone):
    /(?<!\p{L})(?:اسأل|أرسل|اكتب|انظر)(?![\p{L}\p{M}])/u,
    /(?:يمكن|لدي|يساعد|تساعد|يناسب|نعطي|وضع|مرافقت|سؤال)ك(?![\p{L}\p{M}])/u,
    /(?<!\p{L})(?:تريد|تبحث|تعرف|تجد|ترسل)(?![\p{L}\p{M}])/u,
    /بصفتي لاجئًا|(?<!\p{L})ك(?:لاجئ|متطوع)(?!\p{L})/u,
  ],
  // Persian has no grammatical gender: a person noun (داوطلب، پناهنده) names everyone.
  fa: [],
  uk: [
    /координаторк|координатор(?!\p{L}*ці)/iu, // координаторка (only women), координатор (generic masculine)
    /співробітниц/iu, // staff named as women only
    /як (біженець|волонтер)(?!\p{L})(?! (чи|або|\/) )/u, // the reader as a man only, without the feminine beside it
  ],
};

/** The text of every message in a Fluent file: no comments, ids, placeables or variant keys. */
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
const fluentFiles = readdirSync(directory).filter((file) => file.endsWith(".ftl"));
const languageOf = (file: string) => file.split(".")[0] as Language;

const knowledgeTexts = (language: Language): string[] =>
  shippedKnowledgeBase.flatMap((entry) => [
    (entry.title as Partial<Record<Language, string>>)[language],
    (entry.answer as Partial<Record<Language, string>>)[language],
  ]).filter((text): text is string => text !== undefined);

function offences(texts: readonly string[], language: Language): string[] {
  return texts.flatMap((text) => FORBIDDEN[language].filter((pattern) => pattern.test(text)).map((pattern) => `${pattern.source}: ${text.slice(0, 120)}`));
}

describe("language that includes everyone", () => {
  it("covers every Fluent file", () => {
    expect(fluentFiles.map(languageOf).every((language) => (LANGUAGES as readonly string[]).includes(language))).toBe(true);
    expect(fluentFiles.length).toBeGreaterThanOrEqual(LANGUAGES.length);
  });

  it.each(fluentFiles)("in %s: no form for one gender where everyone is meant", (file) => {
    const texts = fluentTexts(readFileSync(join(directory, file), "utf8"));
    expect(texts.length).toBeGreaterThan(50);
    expect(offences(texts, languageOf(file))).toEqual([]);
  });

  it.each(LANGUAGES)("in the knowledge base's %s texts", (language) => {
    const texts = knowledgeTexts(language);
    expect(texts.length).toBeGreaterThan(language === "de" || language === "en" ? 40 : 20);
    expect(offences(texts, language)).toEqual([]);
  });

  it("in the names of the coordinators' teams", () => {
    expect(offences(Object.values(routing.teams), "de")).toEqual([]);
  });

  it("finds what it looks for", () => {
    // The patterns themselves, against forms the texts used before (issue 16) and the forms now used.
    const caught = (language: Language, samples: string[]) => samples.filter((sample) => offences([sample], language).length > 0);
    const before = {
      de: ["Eine Koordinatorin meldet sich.", "Nur Administratorinnen der Gruppe", "als Mentorin, Mentor, Patin oder Pate", "Nachbarinnen und Nachbarn", "Brückenkräfte und Nachbarn", "als Engagierte oder Engagierter", "Die Mitarbeiterinnen des Sozialamts", "ein Koordinator"],
      en: ["a sponsor (Pate/Patin)"],
      ar: ["إلى إحدى المنسّقات", "اسأل فريق التنسيق", "إذا كانت لديك أسئلة", "هل تريد المشاركة؟", "هل يمكنني التطوع بصفتي لاجئًا؟"],
      uk: ["Запит до координаторки", "як біженець шукаєте", "Співробітниці Соціального відомства"],
    } as const;
    const now = {
      de: ["Das Koordinationsteam", "Administrator*innen der Gruppe", "Die Mitarbeitenden", "Menschen aus der Nachbarschaft", "die Bürgerschaft", "Patenschaften", "Bürgerdialoge"],
      en: ["the coordination team", "sponsorship (Patenschaft)"],
      ar: ["اسألوا فريق التنسيق", "إذا كانت لديكم أسئلة", "هل تريدون المشاركة؟", "فريق التنسيق", "هل يمكنني التطوع وأنا من اللاجئين؟"],
      uk: ["команда координації", "як біженець чи біженка", "як волонтери"],
    } as const;
    for (const [language, samples] of Object.entries(before)) expect(caught(language as Language, [...samples])).toEqual(samples);
    for (const [language, samples] of Object.entries(now)) expect(caught(language as Language, [...samples])).toEqual([]);
  });
});
