import type { Language } from "../functions/domain/languages.ts";
import type { Translator } from "../functions/domain/translation.ts";

/** Locally and in tests: marks the text with the target language, so a person can see what would be translated. */
export class FakeTranslator implements Translator {
  readonly calls: { text: string; from: Language; to: Language }[] = [];

  async translate(text: string, from: Language, to: Language): Promise<string> {
    this.calls.push({ text, from, to });
    return from === to ? text : `[${from}→${to}] ${text}`;
  }
}
