/**
 * The bot's items in its one table, by key. Every store and the stream reader build and read keys
 * here, so a key format is written once.
 */
export const tableKeys = {
  enquiry: (id: string) => ({ pk: `ENQUIRY#${id}`, sk: "ENQUIRY" }),
  /** The enquiry id in an enquiry item's keys, or undefined for any other item. */
  enquiryIdOf(keys: { pk?: unknown; sk?: unknown }): string | undefined {
    return keys.sk === "ENQUIRY" && typeof keys.pk === "string" && keys.pk.startsWith("ENQUIRY#") ? keys.pk.slice("ENQUIRY#".length) : undefined;
  },
  referenceCounter: (year: number) => ({ pk: "COUNTER", sk: `ENQUIRY#${year}` }),
  reference: (reference: string) => ({ pk: `REFERENCE#${reference}`, sk: "ENQUIRY" }),
  /** `COORDINATION#<chat>#topic:<thread>`, or `#card:<message>` in a group without topics. */
  place(chatId: number, threadId: number | undefined, cardMessageId: number | undefined) {
    if (threadId !== undefined) return { pk: `COORDINATION#${chatId}#topic:${threadId}`, sk: "ENQUIRY" };
    if (cardMessageId !== undefined) return { pk: `COORDINATION#${chatId}#card:${cardMessageId}`, sk: "ENQUIRY" };
    return undefined;
  },
  relays: (enquirerId: number) => `RELAY#${enquirerId}`,
  relay: (enquirerId: number, messageId: number) => ({ pk: `RELAY#${enquirerId}`, sk: `MESSAGE#${messageId}` }),
  once: (key: string) => ({ pk: `ONCE#${key}`, sk: "ONCE" }),
  /** Index keys of an enquiry: by status (oldest first), by enquirer (newest first), by assignee. */
  byStatus: (status: string) => `ENQUIRY_STATUS#${status}`,
  byEnquirer: (enquirerId: number) => `ENQUIRER#${enquirerId}`,
  byAssignee: (userId: number) => `COORDINATOR#${userId}`,
} as const;

export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
