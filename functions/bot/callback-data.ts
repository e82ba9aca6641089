import { isAudience, type Audience } from "../domain/audiences.ts";
import type { CardAction } from "../domain/enquiry-lifecycle.ts";
import type { EnquiryStep } from "../domain/enquiry-dialogue.ts";
import { TOPICS, type Topic } from "../domain/knowledge-base.ts";
import { isLanguage, type Language } from "../domain/languages.ts";

/**
 * Every button's callback data is built here and parsed back here. It is at most 64 bytes
 * (Telegram's limit; a test builds every kind with its longest values) and comes back from the
 * client untrusted: anything that does not parse is an outdated button, and whatever a button
 * names (an enquiry, a person) is loaded and checked on the server, never believed.
 */
export const callbackData = {
  home: "home",
  audience: (audience: Audience) => `aud:${audience}`,
  language: (language: Language) => `lang:${language}`,
  deleteMyData: (confirmed: boolean) => (confirmed ? "del:yes" : "del:no"),
  topic: (audience: Audience, topic: Topic) => `top:${audience}:${topic}`,
  /** The audience tells "Back" where to go; none when the entry answered a typed question. */
  entry: (entryId: string, audience?: Audience) => `ent:${entryId}:${audience ?? "-"}`,
  /** Carries the audience too, so that the answer's "Back" survives when the vote buttons go. */
  feedback: (entryId: string, helpful: boolean, audience?: Audience) => `fb:${entryId}:${helpful ? "y" : "n"}:${audience ?? "-"}`,
  /**
   * "Talk to a coordinator", with what the bot knows from where it sits: the audience chosen in the
   * menus and the topic of the answer above, so that the dialogue does not ask for them again.
   */
  talkToCoordinator: (known: { audience?: Audience; topic?: Topic } = {}) =>
    known.audience || known.topic ? `coord:${known.audience ?? "-"}:${known.topic ?? "-"}` : "coord",
  /** The menus from a message that is not a menu (a no-answer): a new message, the old one stays. */
  homeBelow: "home:new",
  chooseDistrict: "dir",
  /** Districts travel by their position in `content/districts.json`: names can exceed the byte budget. */
  district: (index: number) => `dist:${index}`,
} as const;

export const callbackPattern = {
  audience: /^aud:(.+)$/,
  language: /^lang:(.+)$/,
  deleteMyData: /^del:(yes|no)$/,
  topic: /^top:([a-z]+):([a-z-]+)$/,
  entry: /^ent:([a-z0-9-]+):([a-z-]+)$/,
  feedback: /^fb:([a-z0-9-]+):([yn]):([a-z-]+)$/,
  district: /^dist:(\d{1,2})$/,
  talkToCoordinator: /^coord(?::([a-z-]+):([a-z-]+))?$/,
} as const;

/** The enquiry dialogue: `eq:<step>:<value>`, so that a button of an earlier step is recognised as outdated. */
export const enquiryData = {
  choice: (step: EnquiryStep, value: string) => `eq:${step}:${value}`,
  back: (step: EnquiryStep) => `eq:back:${step}`,
  cancel: "eq:cancel",
  correct: (field: EnquiryStep) => `eq:fix:${field}`,
  send: "eq:send",
  resume: (continueDraft: boolean) => `eq:resume:${continueDraft ? "continue" : "restart"}`,
} as const;

export const enquiryPattern = /^eq:([a-z-]+)(?::([a-z0-9-]+))?$/;

/**
 * A person's own enquiries (`/my`): show (with the page of its history, newest first), add
 * information, withdraw, confirm withdrawing, rate. The coordinators' Reply button under a relayed
 * message is "add" too.
 */
export const myEnquiryData = {
  show: (enquiryId: string, page = 0) => (page === 0 ? `my:show:${enquiryId}` : `my:show:${enquiryId}:${page}`),
  add: (enquiryId: string) => `my:add:${enquiryId}`,
  withdraw: (enquiryId: string) => `my:wd:${enquiryId}`,
  withdrawConfirmed: (enquiryId: string) => `my:wdy:${enquiryId}`,
  rate: (enquiryId: string, rating: number) => `rate:${enquiryId}:${rating}`,
} as const;

export const myEnquiryPattern = {
  action: /^my:(show|add|wd|wdy):([a-f0-9]{16})(?::(\d{1,3}))?$/,
  rate: /^rate:([a-f0-9]{16}):([1-5])$/,
} as const;

/** The coordinators' group: the card's actions, assigning, reply templates, registration, the inbox's pages. */
export const coordinationData = {
  card: (action: CardAction, enquiryId: string) => `co:${action}:${enquiryId}`,
  assign: (enquiryId: string) => `co:assign:${enquiryId}`,
  assignTo: (enquiryId: string, userId: number) => `co:to:${enquiryId}:${userId}`,
  templates: (enquiryId: string) => `co:tpl:${enquiryId}`,
  /** An entry id is at most 40 bytes: `co:tp:` + 16 + `:` + 40 stays within Telegram's 64. */
  template: (enquiryId: string, entryId: string, send: boolean) => `co:${send ? "ts" : "tp"}:${enquiryId}:${entryId}`,
  /** "Close" asks first; these answer the question. */
  confirmClose: (enquiryId: string, confirmed: boolean) => `co:${confirmed ? "closeok" : "closeno"}:${enquiryId}`,
  inboxPage: (page: number) => `co:inbox:${page}`,
  confirmRegistration: (userId: number) => `reg:${userId}`,
} as const;

export const coordinationPattern = {
  card: /^co:(take|answered|close|reopen):([a-f0-9]{16})$/,
  assign: /^co:assign:([a-f0-9]{16})$/,
  assignTo: /^co:to:([a-f0-9]{16}):(\d+)$/,
  templates: /^co:tpl:([a-f0-9]{16})$/,
  template: /^co:(tp|ts):([a-f0-9]{16}):([a-z0-9-]{1,40})$/,
  confirmClose: /^co:(closeok|closeno):([a-f0-9]{16})$/,
  inboxPage: /^co:inbox:(\d{1,4})$/,
  confirmRegistration: /^reg:(\d+)$/,
} as const;

/** Which kind of button some callback data is, or undefined for data no button of this bot carries. */
export function callbackKind(data: string): string | undefined {
  if (data === callbackData.home || data === callbackData.homeBelow || data === callbackData.chooseDistrict) return data;
  const families: Record<string, Record<string, RegExp>> = { menu: callbackPattern, my: myEnquiryPattern, coordination: coordinationPattern, enquiry: { dialogue: enquiryPattern } };
  for (const [family, patterns] of Object.entries(families)) {
    for (const [name, pattern] of Object.entries(patterns)) if (pattern.test(data)) return `${family}.${name}`;
  }
  return undefined;
}

export function parseTopic(match: string | undefined): Topic | undefined {
  return (TOPICS as readonly string[]).includes(match ?? "") ? (match as Topic) : undefined;
}

export function parseAudience(match: string | undefined): Audience | undefined {
  return isAudience(match) ? match : undefined;
}

export function parseLanguage(match: string | undefined): Language | undefined {
  return isLanguage(match) ? match : undefined;
}
