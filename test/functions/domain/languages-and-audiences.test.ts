import { describe, expect, it } from "vitest";
import { parseStartPayload } from "../../../functions/domain/audiences.ts";
import { languageFromTelegram } from "../../../functions/domain/languages.ts";

describe("the language a person is first answered in", () => {
  it("follows the Telegram app's language when the bot speaks it", () => {
    expect(languageFromTelegram("de")).toBe("de");
    expect(languageFromTelegram("en-GB")).toBe("en");
    expect(languageFromTelegram("uk")).toBe("uk");
    expect(languageFromTelegram("ar")).toBe("ar");
    expect(languageFromTelegram("fa-AF")).toBe("fa");
  });

  it("answers Dari speakers in the Farsi/Dari texts", () => {
    expect(languageFromTelegram("prs")).toBe("fa");
  });

  it("falls back to English for a language the bot does not speak, and to German when the app says nothing", () => {
    expect(languageFromTelegram("tr")).toBe("en");
    expect(languageFromTelegram(undefined)).toBe("de");
    expect(languageFromTelegram("")).toBe("de");
  });
});

describe("deep links", () => {
  it("opens the audience named by the flyer's link", () => {
    expect(parseStartPayload("volunteer")).toEqual({ kind: "audience", audience: "volunteer" });
    expect(parseStartPayload("company")).toEqual({ kind: "audience", audience: "company" });
    expect(parseStartPayload("refugee")).toEqual({ kind: "audience", audience: "refugee" });
  });

  it("opens the home menu for no payload or an unknown one", () => {
    for (const payload of ["", "curious", "VOLUNTEERS", "<script>", "x".repeat(64)]) {
      expect(parseStartPayload(payload)).toEqual({ kind: "home" });
    }
  });
});
