import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { isLanguage, type Language } from "../domain/languages.ts";
import type { UserPreferences, UserPreferencesStore } from "../domain/user-preferences.ts";

/** `USER#<telegram user id>` / `PREFERENCES`: one small item per person who chose a language. */
export const userKey = (telegramUserId: number) => ({ pk: `USER#${telegramUserId}`, sk: "PREFERENCES" });

export class DynamoDbUserPreferencesStore implements UserPreferencesStore {
  constructor(
    private readonly documentClient: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async get(telegramUserId: number): Promise<UserPreferences | undefined> {
    const { Item } = await this.documentClient.send(
      new GetCommand({ TableName: this.tableName, Key: userKey(telegramUserId) }),
    );
    // An item written by an older version, or edited by hand, must not break the chat: ignore it.
    if (!Item || !isLanguage(Item.language)) return undefined;
    return { telegramUserId, language: Item.language, updatedAt: String(Item.updatedAt) };
  }

  async setLanguage(telegramUserId: number, language: Language): Promise<void> {
    await this.documentClient.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...userKey(telegramUserId), language, updatedAt: this.now().toISOString() },
      }),
    );
  }

  async delete(telegramUserId: number): Promise<void> {
    await this.documentClient.send(new DeleteCommand({ TableName: this.tableName, Key: userKey(telegramUserId) }));
  }
}
