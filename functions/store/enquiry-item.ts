import * as z from "zod/mini";
import { ENQUIRER_TYPES, ENQUIRY_STATUSES, type Enquiry } from "../domain/enquiry.ts";
import { LANGUAGES } from "../domain/languages.ts";

const attachment = z.object({ kind: z.enum(["photo", "document"]), fileId: z.string() });
const by = z.object({ userId: z.number(), firstName: z.string() });
const event = z.object({
  at: z.string(),
  type: z.enum(["created", "message-from-enquirer", "message-from-coordinator", "status-changed", "note"]),
  by: z.optional(by),
  text: z.optional(z.string()),
  attachments: z.optional(z.array(attachment)),
  status: z.optional(z.enum(ENQUIRY_STATUSES)),
  private: z.optional(z.boolean()),
});
const contact = z.union([
  z.object({ channel: z.literal("telegram") }),
  z.object({ channel: z.literal("email"), address: z.string() }),
  z.object({ channel: z.literal("phone"), number: z.string() }),
]);
const coordination = z.object({
  chatId: z.number(),
  team: z.optional(z.string()),
  threadId: z.optional(z.number()),
  cardMessageId: z.optional(z.number()),
  postedAt: z.optional(z.string()),
  attachmentsPosted: z.optional(z.number()),
});

/**
 * An enquiry as stored: checked field by field when it is read, so that an item written by an
 * older version, by hand or half-way is a named error, not an enquiry with holes. The table's
 * keys and index attributes are dropped (zod's object strips what it does not name).
 */
const enquirySchema = z.object({
  id: z.string(),
  reference: z.string(),
  enquirerId: z.number(),
  type: z.enum(ENQUIRER_TYPES),
  topic: z.string(),
  companyName: z.optional(z.string()),
  cooperation: z.optional(z.string()),
  district: z.nullable(z.string()),
  language: z.enum(LANGUAGES),
  contact,
  question: z.string(),
  attachments: z.array(attachment),
  status: z.enum(ENQUIRY_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  consentAt: z.string(),
  events: z.array(event),
  coordination: z.optional(coordination),
  assignee: z.optional(z.number()),
  remindedCoordinatorsAt: z.optional(z.string()),
  reassuredEnquirerAt: z.optional(z.string()),
  rating: z.optional(z.number()),
});

/** An item that is not an enquiry the bot can work with. */
export class MalformedEnquiryItem extends Error {
  override readonly name = "MalformedEnquiryItem";
  constructor(readonly fields: string[]) {
    // Field names only: the values are a person's data and never go into an error or a log.
    super(`Malformed enquiry item: ${fields.join(", ")}`);
  }
}

/** The enquiry an item holds, validated. */
export function enquiryFromItem(item: Record<string, unknown>): Enquiry {
  const parsed = enquirySchema.safeParse(item);
  if (!parsed.success) throw new MalformedEnquiryItem([...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "(item)"))]);
  return parsed.data as Enquiry;
}
