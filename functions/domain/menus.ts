import type { Audience } from "./audiences.ts";
import { TOPICS, type KnowledgeEntry, type Topic } from "./knowledge-base.ts";

/** The topics that have something for this audience, in menu order. */
export function topicsFor(entries: readonly KnowledgeEntry[], audience: Audience): Topic[] {
  return TOPICS.filter((topic) => entries.some((entry) => entry.topic === topic && entry.audiences.includes(audience)));
}

/** The entries of one topic for this audience, in the order the content lists them. */
export function entriesFor(entries: readonly KnowledgeEntry[], audience: Audience, topic: Topic): KnowledgeEntry[] {
  return entries.filter((entry) => entry.topic === topic && entry.audiences.includes(audience));
}
