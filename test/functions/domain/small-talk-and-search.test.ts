import { describe, expect, it } from "vitest";
import { contentDirectory, loadContent } from "../../../functions/content/load-content.ts";
import { createKnowledgeSearch } from "../../../functions/domain/search/knowledge-search.ts";
import { analyseContent } from "../../../functions/domain/search/language-index.ts";
import { createSmallTalkDetector } from "../../../functions/domain/small-talk.ts";

const content = loadContent(contentDirectory());
const detect = createSmallTalkDetector(content.smallTalk);
const search = createKnowledgeSearch(content.knowledgeBase, { searchContent: content.search });
const answerOf = (question: string, language: "de" | "en" | "ar" | "fa" | "uk") => {
  const outcome = search.search(question, language);
  return outcome.matched ? outcome.entry.id : null;
};

describe("greetings and thanks", () => {
  it("recognises them alone or with one more word, in any of the languages", () => {
    expect(detect("Danke!")).toBe("thanks");
    expect(detect("vielen Dank 🙏")).toBe("thanks");
    expect(detect("شكرا كتير")).toBe("thanks");
    expect(detect("Привіт")).toBe("greeting");
    expect(detect("سلام")).toBe("greeting");
  });

  it("takes a greeting with a how-are-you for a greeting, not a question to answer from the knowledge base", () => {
    expect(detect("Hallo, wie geht es Ihnen?")).toBe("greeting");
    expect(detect("Hi, how are you doing?")).toBe("greeting");
    expect(detect("مرحبا، كيف حالك؟")).toBe("greeting");
    expect(detect("سلام علیکم، چطور استید؟")).toBe("greeting");
    expect(detect("Привіт, як справи?")).toBe("greeting");
  });

  it("leaves a question that starts with a greeting to the search", () => {
    expect(detect("Hallo, wie kann ich Flüchtlingen helfen?")).toBeUndefined();
    expect(detect("thanks, but where do I find a mentor?")).toBeUndefined();
    expect(detect("Hallo, wie geht es mit meiner Anfrage weiter?")).toBeUndefined();
    // A how-are-you followed by more words asks something.
    expect(detect("Wie geht's weiter?")).toBeUndefined();
    expect(detect("How are you funded?")).toBeUndefined();
    expect(detect("Hi, how are you paid?")).toBeUndefined();
    expect(detect("Як ви працюєте?")).toBeUndefined();
  });
});

describe("finding the entry for a question", () => {
  it("declines a question about a topic the office does not answer, even when other words match", () => {
    expect(answerOf("Kann mir jemand bei der Steuererklärung helfen?", "de")).toBeNull();
    expect(answerOf("How long does my asylum application take?", "en")).toBeNull();
  });

  it("lets a German noun the content never uses weigh as a topic of its own, not as filler", () => {
    expect(answerOf("Wie komme ich mit der S-Bahn zum Flughafen?", "de")).toBeNull();
    expect(answerOf("Brauche ich ein Führungszeugnis für die Arbeit mit Kindern?", "de")).toBeNull();
    // District names are known to the content: they still find what is there.
    expect(answerOf("Gibt es einen Freundeskreis in Bad Cannstatt?", "de")).toBe("friend-circles");
  });

  it("answers a volunteer who wants to help with a topic the office does not answer, and still declines the topic itself", () => {
    expect(answerOf("Ich würde gern Geflüchtete zur Ausländerbehörde begleiten", "de")).toBe("everyday-accompaniment");
    expect(answerOf("Patenschaft für jemanden, dessen Aufenthalt noch unklar ist – geht das?", "de")).toBe("mentoring-sponsorship");
    expect(answerOf("Wie bekomme ich einen Termin bei der Ausländerbehörde?", "de")).toBeNull();
    expect(answerOf("I need a job", "en")).toBeNull();
    expect(answerOf("Мені потрібна робота", "uk")).toBeNull();
    expect(answerOf("Can volunteers help refugees look for work?", "en")).toBe("forms-of-engagement");
    // "Free" shares a synonym group with "unpaid" (volunteering) but says nothing of it.
    expect(answerOf("Where can I learn German for free?", "en")).toBeNull();
  });

  it("declines a question whose only known word is a filler", () => {
    expect(answerOf("is it going to rain on saturday", "en")).toBeNull();
  });

  it("answers a question made only of stop words when an entry has it as a keyword", () => {
    expect(answerOf("who are you?", "en")).toBe("coordination-offers");
    expect(answerOf("where?", "en")).toBeNull();
  });

  it("joins a word that the person split with a space", () => {
    expect(answerOf("پروژه ری بوت چیست؟", "fa")).toBe("project-reboot");
  });

  it("answers Persian and Ukrainian typed in Latin letters", () => {
    expect(answerOf("man panahande hastam, mikham davtalab besham", "fa")).toBe("refugees-volunteering");
    expect(answerOf("de mozhna znayty Freundeskreis u Stuttgarti?", "uk")).toBe("friend-circles");
  });

  it("tells wanting to help from needing help by the function words around the shared ones", () => {
    // "helfen"/"help" and "Unterstützung"/"support" are one term: only how it is asked differs.
    expect(answerOf("Wie kann ich Flüchtlingen helfen?", "de")).toBe("how-to-get-involved");
    expect(answerOf("Ich brauche Hilfe", "de")).toBe("support-for-refugees");
    expect(answerOf("I'd like to help out", "en")).toBe("how-to-get-involved");
    expect(answerOf("I need help, I am new here", "en")).toBe("support-for-refugees");
  });

  it("does not take a volunteer for a refugee who wants to volunteer: the example's \"as a refugee\" counts although refugees are mentioned everywhere", () => {
    expect(answerOf("Wie kann ich mich ehrenamtlich engagieren?", "de")).toBe("how-to-get-involved");
    expect(answerOf("Kann ich mich als Geflüchteter ehrenamtlich engagieren?", "de")).toBe("refugees-volunteering");
  });

  it("answers a German or English question typed by someone whose app is set to Ukrainian", () => {
    expect(answerOf("Wo gibt es Flüchtlingsfreundeskreise?", "uk")).toBe("friend-circles");
    // Read back as Ukrainian, "like" and "Asyl" would be out-of-scope words (ліки, притулок).
    expect(answerOf("We'd like to do a corporate volunteering day with refugees for our team", "uk")).toBe("companies-cooperation");
    expect(answerOf("Arbeitskreis Asyl in Stuttgart-West, gibts sowas noch?", "uk")).toBe("friend-circles");
  });

  it("takes every word of a question as a word, \"constructor\" too", () => {
    expect(() => answerOf("what is the constructor of friend circles", "en")).not.toThrow();
    expect(() => answerOf("toString hasOwnProperty __proto__", "de")).not.toThrow();
  });

  it("answers from the same index whether the terms were analysed at build time or on first use", () => {
    // Through JSON, as the file written by scripts/build-search-index.ts.
    const analysed = JSON.parse(JSON.stringify(analyseContent(content.knowledgeBase, content.search)));
    // As the webhook has it: the analysed file beside the content it was built from.
    const prebuilt = createKnowledgeSearch(content.knowledgeBase, { analysed, searchContent: content.search });
    for (const [question, language] of [["Patenschaft für eine Familie", "de"], ["How can our company help?", "en"], ["I want to help", "en"], ["Чи можу я стати волонтером?", "uk"], ["wer seid ihr?", "de"], ["ری بوت", "fa"]] as const) {
      expect(prebuilt.search(question, language)).toEqual(search.search(question, language));
    }
  });
});
