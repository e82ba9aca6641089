import { PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import * as z from "zod/mini";
import { ENQUIRER_TYPES, ENQUIRY_STATUSES } from "../domain/enquiry.ts";
import type { ErasedEnquiryFigures, ErasedFiguresStore } from "../domain/enquiry-stats.ts";
import { LANGUAGES } from "../domain/languages.ts";
import { queryAll } from "./query-all.ts";

const figuresSchema = z.object({
  key: z.string(),
  month: z.string(),
  type: z.enum(ENQUIRER_TYPES),
  topic: z.string(),
  language: z.enum(LANGUAGES),
  status: z.enum(ENQUIRY_STATUSES),
  hoursToFirstAnswer: z.optional(z.number()),
  hoursToClose: z.optional(z.number()),
  rating: z.optional(z.number()),
});

/** `ERASED_FIGURES#<YYYY-MM>` / `ENQUIRY#<digest of the id>`: a month's erased enquiries are one Query, kept like the knowledge-gap counts. */
export class DynamoDbErasedFiguresStore implements ErasedFiguresStore {
  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async keep(figures: ErasedEnquiryFigures): Promise<void> {
    await this.documentClient.send(
      new PutCommand({ TableName: this.tableName, Item: { pk: `ERASED_FIGURES#${figures.month}`, sk: `ENQUIRY#${figures.key}`, ...figures } }),
    );
  }

  async listMonth(month: string): Promise<ErasedEnquiryFigures[]> {
    const items = await queryAll(this.documentClient, {
      TableName: this.tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": `ERASED_FIGURES#${month}` },
    });
    // An item that does not parse (an older shape) is left out rather than breaking /stats.
    return items.flatMap((item) => {
      const parsed = figuresSchema.safeParse(item);
      return parsed.success ? [parsed.data as ErasedEnquiryFigures] : [];
    });
  }
}
