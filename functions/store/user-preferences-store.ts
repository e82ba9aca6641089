import { BatchWriteCommand, PutCommand, QueryCommand, UpdateCommand, DeleteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { EnquiryDraft } from "../domain/enquiry-dialogue.ts";
import { isLanguage, type Language } from "../domain/languages.ts";
import type { UserPreferences, UserPreferencesStore } from "../domain/user-preferences.ts";

/**
 * Under `USER#<telegram user id>`: `PREFERENCES` (language, the enquiry the next message adds to)
 * and `DRAFT` (an enquiry being written, deleted by DynamoDB's TTL when it expires). One Query
 * reads both; they exist only once the person chose or started something.
 */
export const userKey = (telegramUserId: number) => ({ pk: `USER#${telegramUserId}`, sk: "PREFERENCES" });
const draftKey = (telegramUserId: number) => ({ pk: `USER#${telegramUserId}`, sk: "DRAFT" });

export class DynamoDbUserPreferencesStore implements UserPreferencesStore {
  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(telegramUserId: number): Promise<UserPreferences | undefined> {
    const { Items = [] } = await this.documentClient.send(
      new QueryCommand({ TableName: this.tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": `USER#${telegramUserId}` } }),
    );
    const preferences = Items.find((item) => item.sk === "PREFERENCES");
    const draft = Items.find((item) => item.sk === "DRAFT");
    // TTL deletes lazily: a draft past its expiry is gone for the bot even while the item lingers.
    const draftAlive = draft && typeof draft.expiresAt === "number" && draft.expiresAt * 1000 > this.now().getTime();
    if (!preferences && !draftAlive) return undefined;
    // An item written by an older version, or edited by hand, must not break the chat: what does not fit is ignored.
    return {
      telegramUserId,
      ...(isLanguage(preferences?.language) ? { language: preferences.language } : {}),
      ...(draftAlive ? { draft: draft.draft as EnquiryDraft } : {}),
      ...(typeof preferences?.addingTo === "string" ? { addingTo: preferences.addingTo } : {}),
      updatedAt: String(preferences?.updatedAt ?? draft?.updatedAt),
    };
  }

  async setLanguage(telegramUserId: number, language: Language): Promise<void> {
    await this.updatePreferences(telegramUserId, "SET #language = :language, updatedAt = :now", { "#language": "language" }, { ":language": language });
  }

  async saveDraft(telegramUserId: number, draft: EnquiryDraft, expiresAt: Date): Promise<void> {
    await this.documentClient.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...draftKey(telegramUserId), draft, expiresAt: Math.floor(expiresAt.getTime() / 1000), updatedAt: this.now().toISOString() },
      }),
    );
  }

  async clearDraft(telegramUserId: number): Promise<void> {
    await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: draftKey(telegramUserId) }));
  }

  async setAddingTo(telegramUserId: number, enquiryId: string | undefined): Promise<void> {
    if (enquiryId === undefined) await this.updatePreferences(telegramUserId, "SET updatedAt = :now REMOVE addingTo");
    else await this.updatePreferences(telegramUserId, "SET addingTo = :enquiry, updatedAt = :now", undefined, { ":enquiry": enquiryId });
  }

  async delete(telegramUserId: number): Promise<void> {
    await this.documentClient.send(
      new BatchWriteCommand({
        RequestItems: { [this.tableName]: [userKey(telegramUserId), draftKey(telegramUserId)].map((Key) => ({ DeleteRequest: { Key } })) },
      }),
    );
  }

  private async updatePreferences(telegramUserId: number, expression: string, names?: Record<string, string>, values: Record<string, unknown> = {}) {
    await this.documentClient.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: userKey(telegramUserId),
        UpdateExpression: expression,
        ...(names ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: { ":now": this.now().toISOString(), ...values },
      }),
    );
  }
}
