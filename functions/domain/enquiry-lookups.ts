import type { Coordination, Enquiry } from "./enquiry.ts";

/** What a forum topic (or card) in the coordinators' group leads to: an enquiry, or the note that it was erased. */
export type PlaceInGroup = { kind: "enquiry"; enquiryId: string } | { kind: "erased"; reference: string };

/**
 * Port: the ways back to an enquiry from what people and Telegram hand the bot — a reference
 * (`/find`), a topic or card in the group, a person's Telegram "reply" to a relayed message —
 * and things said once. They live and die with their enquiry.
 */
export interface EnquiryLookups {
  /** Makes an enquiry findable by its reference (`/find A-2026-00123`). */
  rememberReference(reference: string, enquiryId: string): Promise<void>;
  findByReference(reference: string): Promise<string | undefined>;
  /** The Bot API cannot list topics: a message in a topic finds its enquiry through this. */
  rememberPlace(coordination: Coordination, enquiryId: string): Promise<void>;
  placeOf(chatId: number, threadId: number | undefined, cardMessageId: number | undefined): Promise<PlaceInGroup | undefined>;
  /** Remembers that the person's message `messageId` carries this enquiry's conversation. */
  rememberRelay(enquirerId: number, messageId: number, enquiryId: string, until: Date): Promise<void>;
  findRelay(enquirerId: number, messageId: number): Promise<string | undefined>;
  /** Deletes every remembered reply of the person (part of deleting their data). */
  forgetRelays(enquirerId: number): Promise<void>;
  /**
   * Deletes every way back to an erased enquiry; its place in the group keeps only the reference
   * until `keepMarkerUntil`, so that a coordinator who writes there is told it was erased. Safe to repeat.
   */
  forget(enquiry: Pick<Enquiry, "id" | "reference" | "enquirerId" | "coordination">, keepMarkerUntil: Date): Promise<void>;
  /** True the first time it is called for `key`, false ever after: for things to say once. */
  firstTime(key: string): Promise<boolean>;
}
