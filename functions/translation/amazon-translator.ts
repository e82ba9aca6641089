import { TranslateClient, TranslateTextCommand } from "@aws-sdk/client-translate";
import type { Language } from "../domain/languages.ts";
import type { Translator } from "../domain/translation.ts";

/** Amazon Translate's codes; Farsi/Dari is translated as Persian ("fa"), which Dari readers understand. */
const CODES: Record<Language, string> = { de: "de", en: "en", ar: "ar", fa: "fa", uk: "uk" };

/** The Translator port on Amazon Translate (`translate:TranslateText`, granted only when translation is on). */
export class AmazonTranslator implements Translator {
  constructor(private readonly client = new TranslateClient({})) {}

  async translate(text: string, from: Language, to: Language): Promise<string> {
    if (from === to || !text.trim()) return text;
    const { TranslatedText } = await this.client.send(new TranslateTextCommand({ Text: text, SourceLanguageCode: CODES[from], TargetLanguageCode: CODES[to] }));
    return TranslatedText ?? text;
  }
}
