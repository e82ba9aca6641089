import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIENCES } from "../../../functions/domain/audiences.ts";
import { CARD_ACTIONS } from "../../../functions/domain/enquiry-lifecycle.ts";
import { STEPS } from "../../../functions/domain/enquiry-dialogue.ts";
import { TOPICS } from "../../../functions/domain/knowledge-base.ts";
import { LANGUAGES } from "../../../functions/domain/languages.ts";
import { callbackData, callbackKind, coordinationData, enquiryData, myEnquiryData } from "../../../functions/bot/callback-data.ts";
import { loadContent, contentDirectory } from "../../../functions/content/load-content.ts";

const content = loadContent(contentDirectory());
const enquiryId = "0123456789abcdef";
/** Telegram user ids fit in 52 bits. */
const largestUserId = 2 ** 52 - 1;
const entryIds = content.knowledgeBase.map((entry) => entry.id);

/** Every button the bot can send, built with every value it can carry, and the kind it must parse back as. */
function everyButton(): [string, string][] {
  const buttons: [string, string][] = [
    [callbackData.home, "home"],
    [callbackData.talkToCoordinator(), "menu.talkToCoordinator"],
    [callbackData.homeBelow, "home:new"],
    [callbackData.chooseDistrict, "dir"],
    [callbackData.deleteMyData(true), "menu.deleteMyData"],
    [callbackData.deleteMyData(false), "menu.deleteMyData"],
    [enquiryData.cancel, "enquiry.dialogue"],
    [enquiryData.send, "enquiry.dialogue"],
    [enquiryData.resume(true), "enquiry.dialogue"],
    [enquiryData.resume(false), "enquiry.dialogue"],
    [coordinationData.inboxPage(9999), "coordination.inboxPage"],
    [coordinationData.confirmRegistration(largestUserId), "coordination.confirmRegistration"],
    [coordinationData.assign(enquiryId), "coordination.assign"],
    [coordinationData.assignTo(enquiryId, largestUserId), "coordination.assignTo"],
    [coordinationData.templates(enquiryId), "coordination.templates"],
    [myEnquiryData.add(enquiryId), "my.action"],
    [myEnquiryData.withdraw(enquiryId), "my.action"],
    [myEnquiryData.withdrawConfirmed(enquiryId), "my.action"],
    [myEnquiryData.show(enquiryId), "my.action"],
    [myEnquiryData.show(enquiryId, 999), "my.action"],
  ];
  for (const audience of AUDIENCES) {
    buttons.push([callbackData.audience(audience), "menu.audience"]);
    for (const topic of TOPICS) buttons.push([callbackData.topic(audience, topic), "menu.topic"], [callbackData.talkToCoordinator({ audience, topic }), "menu.talkToCoordinator"]);
  }
  for (const language of LANGUAGES) buttons.push([callbackData.language(language), "menu.language"]);
  for (const entryId of entryIds) {
    for (const audience of [...AUDIENCES, undefined]) {
      buttons.push([callbackData.entry(entryId, audience), "menu.entry"]);
      for (const helpful of [true, false]) buttons.push([callbackData.feedback(entryId, helpful, audience), "menu.feedback"]);
    }
    for (const send of [true, false]) buttons.push([coordinationData.template(enquiryId, entryId, send), "coordination.template"]);
  }
  content.districts.forEach((_district, index) => buttons.push([callbackData.district(index), "menu.district"]));
  for (const step of STEPS) {
    buttons.push([enquiryData.back(step), "enquiry.dialogue"], [enquiryData.correct(step), "enquiry.dialogue"]);
    for (const value of ["yes", "volunteer", "company", "refugee", "other", "skip", "22", "telegram", "email", "phone", "keep", "correct", "show", ...TOPICS, ...LANGUAGES]) buttons.push([enquiryData.choice(step, value), "enquiry.dialogue"]);
  }
  for (const action of CARD_ACTIONS) buttons.push([coordinationData.card(action, enquiryId), "coordination.card"]);
  for (let rating = 1; rating <= 5; rating++) buttons.push([myEnquiryData.rate(enquiryId, rating), "my.rate"]);
  return buttons;
}

describe("callback data", () => {
  it("parses every button the bot can send back as its own kind, within Telegram's 64 bytes", () => {
    const buttons = everyButton();
    expect(buttons.length).toBeGreaterThan(500);
    for (const [data, kind] of buttons) {
      expect(Buffer.byteLength(data, "utf8"), data).toBeLessThanOrEqual(64);
      expect(callbackKind(data), data).toBe(kind);
    }
  });

  it("calls anything else no button of this bot", () => {
    for (const forged of ["", "co:take:XYZ", "my:show:0123456789abcdef:1234", "rate:0123456789abcdef:6", "reg:abc", "co:inbox:12345", "dist:100", "eq:", "co:to:0123456789abcdef:"]) {
      expect(callbackKind(forged), forged).toBeUndefined();
    }
  });

  it("is built nowhere but in callback-data.ts", () => {
    const root = join(import.meta.dirname, "../../../functions");
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const literal = /["'`](co|my|eq|rate|reg|del|lang|aud|top|ent|fb|dist):/;
    const offenders = files(root).filter((file) => file.endsWith(".ts") && !file.endsWith("callback-data.ts") && literal.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
