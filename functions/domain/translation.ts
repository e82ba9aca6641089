import type { Language } from "./languages.ts";

/**
 * Port: machine translation of relayed messages, so coordinators read German and people read
 * their language. Amazon Translate in AWS (switched on by configuration), a fake locally and in tests.
 */
export interface Translator {
  translate(text: string, from: Language, to: Language): Promise<string>;
}
