import { isAudience, type Audience } from "../domain/audiences.ts";
import { TOPICS, type Topic } from "../domain/knowledge-base.ts";
import { isLanguage, type Language } from "../domain/languages.ts";

/**
 * Callback data is at most 64 bytes and comes back from the client untrusted: every button's data
 * is built here and parsed back here, and anything that does not parse is treated as an outdated button.
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
  talkToCoordinator: "coord",
  chooseDistrict: "dir",
  /** Districts travel by their position in `content/districts.json`: names can exceed the byte budget. */
  district: (index: number) => `dist:${index}`,
} as const;

/**
 * A person's own enquiries (`/my`): show (with the page of its history, newest first), add
 * information, withdraw, confirm withdrawing. The coordinators' Reply button under a relayed
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

export const callbackPattern = {
  audience: /^aud:(.+)$/,
  language: /^lang:(.+)$/,
  deleteMyData: /^del:(yes|no)$/,
  topic: /^top:([a-z]+):([a-z-]+)$/,
  entry: /^ent:([a-z0-9-]+):([a-z-]+)$/,
  feedback: /^fb:([a-z0-9-]+):([yn]):([a-z-]+)$/,
  district: /^dist:(\d{1,2})$/,
} as const;

export function parseTopic(match: string | undefined): Topic | undefined {
  return (TOPICS as readonly string[]).includes(match ?? "") ? (match as Topic) : undefined;
}

export function parseAudience(match: string | undefined): Audience | undefined {
  return isAudience(match) ? match : undefined;
}

export function parseLanguage(match: string | undefined): Language | undefined {
  return isLanguage(match) ? match : undefined;
}
