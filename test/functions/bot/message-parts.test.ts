import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateText } from "../../../dev/playground/bot-api-rules.ts";
import { historyPages } from "../../../functions/bot/history-pages.ts";
import { htmlToPlainText } from "../../../functions/bot/html.ts";
import { composeMessages } from "../../../functions/bot/message-parts.ts";

/** Text as people type it: words, line breaks, markup characters, emoji outside the BMP, Arabic. */
const typed = fc
  .array(fc.oneof(fc.constantFrom("Wort", "<b>", "&amp;", "\n", "\n\n", " ", "😀", "مرحبا", "Straße"), fc.string({ maxLength: 30 })), { minLength: 500, maxLength: 1200, size: "max" })
  .map((pieces) => pieces.join(""));
const seed = Number(process.env.FUZZ_SEED) || 20261203;

describe("composing messages within Telegram's limits", () => {
  it("keeps every part within 4,096 characters as Telegram parses it, in order, losing no word", () => {
    fc.assert(
      fc.property(typed, typed, (translation, original) => {
        const parts = composeMessages([{ html: "<b>Sabine (Sozialamt Stuttgart):</b>" }, { text: translation }, { html: "" }, { html: "<i>Originaltext (Deutsch):</i>" }, { text: original }]);
        for (const part of parts) expect(() => validateText(part, "HTML", "message")).not.toThrow();
        const words = (text: string) => text.split(/\s+/).filter(Boolean);
        const received = words(parts.map(htmlToPlainText).join(" "));
        expect(received).toEqual(words(["Sabine (Sozialamt Stuttgart):", translation, "Originaltext (Deutsch):", original].join(" ")).filter(Boolean));
      }),
      // No shrinking: a counterexample of thousands of characters takes minutes to shrink and reads no better.
      { seed, numRuns: 60, endOnFailure: true },
    );
  });

  it("never splits the bot's own markup, and splits a long text at a line or word", () => {
    const text = Array.from({ length: 300 }, (_, index) => `Zeile ${index} mit etwas Text.`).join("\n");
    const parts = composeMessages([{ html: "<b>Kopf</b>" }, { text }, { html: "<i>Ende</i>" }], 1000);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts[0]!.startsWith("<b>Kopf</b>\n")).toBe(true);
    expect(parts.at(-1)!.endsWith("<i>Ende</i>")).toBe(true);
    for (const part of parts.slice(1, -1)) expect(part).toMatch(/^Zeile \d+ mit etwas Text\.[\s\S]*Text\.$/);
  });
});

describe("pages of a history", () => {
  it("fits each page in one message, newest entries first as given, and shortens only an entry too long for any page", () => {
    const entries = [
      { heading: "<b>Antwort</b> <i>(2026-12-03)</i>", text: "x".repeat(5000) },
      ...Array.from({ length: 30 }, (_, index) => ({ heading: `<b>Nachricht ${index}</b>`, text: "Inhalt ".repeat(60) })),
    ];
    const pages = historyPages("<b>Anfrage A-2026-00001</b>", entries, { shortened: "<i>(gekürzt)</i>", pageLabel: (page, total) => `Seite ${page} von ${total}` });
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(() => validateText(page, "HTML", "message")).not.toThrow();
    expect(pages[0]).toContain("(gekürzt)");
    expect(pages.join("")).toContain("Nachricht 29");
    const order = pages.join("\n").match(/Nachricht \d+/g)!.map((label) => Number(label.split(" ")[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(pages.at(-1)).toContain(`Seite ${pages.length} von ${pages.length}`);
  });
});
