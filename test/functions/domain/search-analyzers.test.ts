import { describe, expect, it } from "vitest";
import { analyzers } from "../../../functions/domain/search/analyzers.ts";

describe("turning Persian and Dari into search terms", () => {
  it("reads a question typed on an Arabic keyboard like one typed on a Persian keyboard", () => {
    expect(analyzers.fa("كسي هست كه كمك كند")).toEqual(analyzers.fa("کسی هست که کمک کند"));
  });

  it("treats a verb prefix or plural ending written with a joiner, a space or nothing alike", () => {
    const joined = analyzers.fa("کمپ‌های پناهجویان");
    expect(analyzers.fa("کمپ های پناهجویان")).toEqual(joined);
    expect(analyzers.fa("کمپهای پناهجویان")).toEqual(joined);
    expect(analyzers.fa("می خواهم داوطلب شوم")).toEqual(analyzers.fa("می‌خواهم داوطلب شوم"));
  });

  it("drops common verbs, Dari forms included, and keeps the topic", () => {
    expect(analyzers.fa("میتانم داوطلب شوم؟")).toEqual(analyzers.fa("داوطلب"));
    expect(analyzers.fa("پناهنده استم")).toEqual(analyzers.fa("پناهنده"));
  });

  it("brings a word's plural, adjective and possessive forms to one stem", () => {
    expect(new Set([analyzers.fa("آلمان"), analyzers.fa("آلمانی"), analyzers.fa("آلمانی‌ها")].map(String)).size).toBe(1);
    expect(analyzers.fa("دفترتان")).toEqual(analyzers.fa("دفتر"));
    expect(analyzers.fa("ایمیل‌تان")).toEqual(analyzers.fa("ایمیل"));
  });

  it("reads Persian and Arabic-Indic digits as digits", () => {
    expect(analyzers.fa("۱۷ ساله")).toEqual(analyzers.fa("17 ساله"));
    expect(analyzers.ar("عمري ١٩")).toEqual(analyzers.ar("عمري 19"));
  });
});

describe("turning other languages into search terms", () => {
  it("reads Ukrainian typed in Latin letters as Cyrillic", () => {
    expect(analyzers.uk("dopomoha bizhentsiam")).toEqual(analyzers.uk("допомога біженцям"));
    expect(analyzers.uk("znayty")).toEqual(analyzers.uk("знайти"));
  });

  it("drops colloquial Arabic function words, also after the conjunction و", () => {
    expect(analyzers.ar("وشو بدي")).toEqual([]);
  });

  it("drops fillers that would otherwise point to an entry", () => {
    expect(analyzers.en("is it going to rain")).toEqual(["rain"]);
    expect(analyzers.de("fluechtlinge.stuttgart.de")).not.toContain("de");
  });
});
