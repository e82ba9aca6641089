import { describe, it, expect } from "vitest";
import shipped from "../../content/knowledge-base.json" with { type: "json" };
import { AUDIENCES } from "../../functions/domain/audiences.ts";
import {
  MAX_ANSWER_LENGTH,
  TOPICS,
  KnowledgeBaseInvalid,
  checkKnowledgeBase,
  loadKnowledgeBase,
  type KnowledgeEntry,
} from "../../functions/domain/knowledge-base.ts";

const FRIEND_CIRCLE_OVERVIEW = "https://fluechtlinge.stuttgart.de/item/show/602718";
const INITIATIVES_OVERVIEW = "https://fluechtlinge.stuttgart.de/item/show/606517";
const REBOOT_PDF = "https://www.stuttgart.de/img/mdb/item/602293/140259.pdf";

/** A well-formed refugee entry in all five languages; each test breaks one thing. */
function entry(overrides: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  return {
    id: "friend-circles",
    topic: "friend-circles",
    audiences: ["volunteer", "refugee"],
    asOf: "2018-12",
    sourceUrl: FRIEND_CIRCLE_OVERVIEW,
    related: [],
    title: { de: "Freundeskreise", en: "Friend circles", ar: "دوائر الأصدقاء", fa: "حلقه‌های دوستان", uk: "Кола друзів" },
    answer: {
      de: "Im Dezember 2018 gab es 39 Freundeskreise.",
      en: "In December 2018 there were 39 friend circles.",
      ar: "في ديسمبر 2018 كان هناك 39 دائرة.",
      fa: "در دسامبر 2018 تعداد حلقه‌ها 39 بود.",
      uk: "У грудні 2018 року було 39 кіл друзів.",
    },
    keywords: { de: ["Freundeskreis"], en: ["friend circle"], ar: ["دائرة أصدقاء"], fa: ["حلقه دوستان"], uk: ["коло друзів"] },
    ...overrides,
  };
}

/** The same entry for companies only, in German and English. */
function companyEntry(overrides: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  const { title, answer, keywords } = entry();
  return entry({
    id: "companies-cooperation",
    audiences: ["company"],
    title: { de: title.de, en: title.en },
    answer: { de: answer.de, en: answer.en },
    keywords: { de: keywords.de, en: keywords.en },
    ...overrides,
  });
}

describe("the shipped knowledge base", () => {
  const kb = loadKnowledgeBase(shipped);
  const byUrl = (url: string) => kb.filter((e) => e.sourceUrl === url);

  it("passes every check with zero problems", () => {
    expect(checkKnowledgeBase(kb)).toEqual([]);
  });

  it("states 39 friend circles as of 12/2018 and links the friend-circle overview", () => {
    const [friendCircles] = byUrl(FRIEND_CIRCLE_OVERVIEW);

    expect(friendCircles?.asOf).toBe("2018-12");
    expect(friendCircles?.answer.de).toContain("39");
    expect(friendCircles?.answer.de).toContain("2018");
  });

  it("states 35 initiatives and projects as of 06/2018 and links the initiatives overview", () => {
    const [initiatives] = byUrl(INITIATIVES_OVERVIEW);

    expect(initiatives?.asOf).toBe("2018-06");
    expect(initiatives?.answer.de).toContain("35");
    expect(initiatives?.answer.de).toContain("2018");
  });

  it("links the Reboot PDF from the Reboot entry", () => {
    const [reboot] = byUrl(REBOOT_PDF);

    expect(reboot?.title.de).toContain("Reboot");
  });

  it.each(["Reboot", "Nordbahnhofstraße", "Ausbildungscampus", "VAB(O)", "2017", "2021", "39", "35"])(
    "mentions the seed's %s in a German answer",
    (figure) => {
      expect(kb.some((e) => e.answer.de.includes(figure))).toBe(true);
    },
  );

  it("states the education programme's funding period and that it has ended", () => {
    const programme = kb.find((e) => e.answer.de.includes("Bundesministerium für Bildung und Forschung"));

    expect(programme?.answer.de).toContain("1. Februar 2017 bis 31. Januar 2021");
    expect(programme?.answer.de).toMatch(/abgelaufen/);
  });

  it("has an entry for every menu topic and every audience", () => {
    for (const topic of TOPICS) expect(kb.filter((e) => e.topic === topic), topic).not.toHaveLength(0);
    for (const audience of AUDIENCES) expect(kb.filter((e) => e.audiences.includes(audience)), audience).not.toHaveLength(0);
  });

  it("keeps every answer under 900 characters so that it reads on a phone", () => {
    const long = kb.flatMap((e) => Object.entries(e.answer).filter(([, a]) => a.length > 900).map(([language]) => `${e.id}/${language}`));

    expect(long).toEqual([]);
  });

  it("leaves the as-of date and the source link to the bot's footer and uses no markup", () => {
    const answers = kb.flatMap((e) => Object.values(e.answer));

    for (const answer of answers) {
      expect(answer).not.toMatch(/https?:|www\.|Stand:|[<>]/);
    }
  });
});

describe("checkKnowledgeBase", () => {
  it("finds nothing wrong with a complete entry", () => {
    expect(checkKnowledgeBase([entry()])).toEqual([]);
  });

  it("reports an id used twice", () => {
    const problems = checkKnowledgeBase([entry(), entry()]);

    expect(problems).toEqual([expect.objectContaining({ entryId: "friend-circles", kind: "duplicate-id" })]);
  });

  it("reports a related id that matches no entry", () => {
    const problems = checkKnowledgeBase([entry({ related: ["initiatives-and-projects"] })]);

    expect(problems).toEqual([expect.objectContaining({ kind: "dangling-related", message: expect.stringContaining("initiatives-and-projects") })]);
  });

  it("reports a refugee entry without a Ukrainian answer", () => {
    const { uk: _uk, ...answer } = entry().answer;

    const problems = checkKnowledgeBase([entry({ answer })]);

    expect(problems).toEqual([expect.objectContaining({ entryId: "friend-circles", language: "uk", kind: "missing-translation" })]);
  });

  it("reports blank German or English text in any entry", () => {
    const problems = checkKnowledgeBase([companyEntry({ title: { de: "Freundeskreise", en: "  " } })]);

    expect(problems).toEqual([expect.objectContaining({ language: "en", kind: "missing-translation", message: "title is missing" })]);
  });

  it("does not ask for Arabic, Farsi or Ukrainian when refugees are not an audience", () => {
    expect(checkKnowledgeBase([companyEntry()])).toEqual([]);
  });

  it("reports a translation that has a title but no answer, even where it is optional", () => {
    const problems = checkKnowledgeBase([companyEntry({ title: { de: "Firmen", en: "Companies", ar: "الشركات" } })]);

    expect(problems.map((p) => `${p.language}:${p.message}`)).toEqual(["ar:answer is missing", "ar:keywords are missing"]);
  });

  it("reports an answer that leaves no room for the footer within Telegram's limit", () => {
    const fits = "a".repeat(MAX_ANSWER_LENGTH);
    const tooLong = "a".repeat(MAX_ANSWER_LENGTH + 1);

    const problems = checkKnowledgeBase([companyEntry({ answer: { de: fits, en: tooLong } })]);

    expect(problems).toEqual([expect.objectContaining({ language: "en", kind: "answer-too-long" })]);
  });

  it.each([
    "http://fluechtlinge.stuttgart.de/item/show/602718",
    "fluechtlinge.stuttgart.de",
    "https://",
    "https://localhost/item",
    "https://fluechtlinge.stuttgart.de/item show",
    "ftp://fluechtlinge.stuttgart.de",
  ])("reports the source link %j as malformed", (sourceUrl) => {
    const problems = checkKnowledgeBase([entry({ sourceUrl })]);

    expect(problems).toEqual([expect.objectContaining({ kind: "malformed-url" })]);
  });

  it("reports a number changed in one translation, naming that language", () => {
    const answer = { ...entry().answer, fa: "در دسامبر 2018 تعداد حلقه‌ها 38 بود." };

    const problems = checkKnowledgeBase([entry({ answer })]);

    expect(problems).toEqual([expect.objectContaining({ language: "fa", kind: "number-mismatch" })]);
  });

  it("accepts the same numbers in a different word order", () => {
    const answer = { ...entry().answer, en: "There were 39 friend circles in December 2018." };

    expect(checkKnowledgeBase([entry({ answer })])).toEqual([]);
  });

  it("reports Eastern Arabic digits, which the number comparison cannot read", () => {
    const answer = { ...entry().answer, ar: "في ديسمبر ٢٠١٨ كان هناك ٣٩ دائرة." };

    const kinds = checkKnowledgeBase([entry({ answer })]).map((p) => `${p.language}:${p.kind}`);

    expect(kinds).toEqual(["ar:non-western-digits", "ar:number-mismatch"]);
  });

  it.each(["Juli 2019", "07/2019", "2019-7", "2019-13", "2019-02-30", "2019-07-01T00:00"])("reports the as-of date %j as malformed", (asOf) => {
    const problems = checkKnowledgeBase([entry({ asOf })]);

    expect(problems).toEqual([expect.objectContaining({ kind: "malformed-as-of" })]);
  });

  it.each(["2019-07", "2018-12-31", "2020-02-29"])("accepts the as-of date %j", (asOf) => {
    expect(checkKnowledgeBase([entry({ asOf })])).toEqual([]);
  });
});

describe("loadKnowledgeBase", () => {
  it("returns the entries of well-formed JSON", () => {
    expect(loadKnowledgeBase(JSON.parse(JSON.stringify([entry()])))).toEqual([entry()]);
  });

  it("rejects an unknown audience with an error that names the field", () => {
    const broken = [{ ...entry(), audiences: ["tourist"] }];

    expect(() => loadKnowledgeBase(broken)).toThrow(KnowledgeBaseInvalid);
    expect(() => loadKnowledgeBase(broken)).toThrow(/audiences/);
  });

  it("rejects an entry without a German title", () => {
    const broken = [{ ...entry(), title: { en: "Friend circles" } }];

    expect(() => loadKnowledgeBase(broken)).toThrow(/title\.de/);
  });
});
