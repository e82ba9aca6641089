import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "../helpers/browser.ts";
import { startStartProcess } from "../helpers/start-process.ts";

/** Screenshots for people to look at; the folder is printed when the tests start. */
const SCREENSHOTS = resolve("test-results/playground");

let start: ReturnType<typeof startStartProcess>;
let dataDir: string;
let address: string;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  console.log(`Screenshots of the playground: ${SCREENSHOTS}`);
  dataDir = mkdtempSync(join(tmpdir(), "engagement-bot-playground-"));
  // TRANSLATION=fake: a coordinator's German reply reaches an English volunteer visibly translated.
  start = startStartProcess({ LOCAL_DATA_DIR: dataDir, PLAYGROUND_PORT: "0", TRANSLATION: "fake", LANG: "de_DE.UTF-8" });
  await start.waitFor(/Playground: http:\/\/\S+/, 60_000);
  address = /Playground: (http:\/\/\S+)/.exec(start.output())![1]!;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  problems = watchPage(page);
  await page.goto(address);
  await page.getByText("connected", { exact: true }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await start?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const privateChat = () => page.getByTestId("private-chat");
const groupChat = () => page.getByTestId("group-chat");

/** Writes in the private chat as the chosen persona. */
async function say(text: string) {
  await page.getByLabel("Message to the bot").fill(text);
  await page.getByLabel("Message to the bot").press("Enter");
}

/** Writes in the coordinators' group, in the topic that is open. */
async function sayInGroup(text: string) {
  await page.getByLabel("Message to the group").fill(text);
  await page.getByLabel("Message to the group").press("Enter");
}

/** The last bot message in a chat that contains `text`, once it is there. */
async function botMessage(chat: Locator, text: string | RegExp): Promise<Locator> {
  const message = chat.locator("article.from-bot").filter({ hasText: text }).last();
  await message.waitFor({ timeout: 20_000 });
  return message;
}

async function tap(message: Locator, button: string | RegExp) {
  await message.getByRole("button", { name: button }).click();
}

describe("the playground in a real browser", () => {
  it("a volunteer asks, files an enquiry; a coordinator takes it over, replies and closes; the volunteer rates", async () => {
    await page.getByRole("tab", { name: /Lena/ }).click();
    await page.getByLabel("Language").selectOption("en");
    await say("/start");
    await botMessage(privateChat(), "Who are you?");

    await say("What is a friend circle?");
    const answer = await botMessage(privateChat(), "Refugee friend circles");
    await answer.getByRole("button", { name: /Yes/ }).waitFor();

    // The enquiry, as the dialogue asks for it.
    await tap(answer, "Talk to the coordination team");
    await tap(await botMessage(privateChat(), "Do you agree?"), "Yes, I agree");
    await tap(await botMessage(privateChat(), "Enquiry to the coordination team"), "I want to get involved");
    // The topic comes from the answer and the language from the chat: neither is asked again.
    await tap(await botMessage(privateChat(), "In which city district?"), "Skip");
    await tap(await botMessage(privateChat(), "How should we reach you?"), "Here in this chat");
    await botMessage(privateChat(), "describe your request");
    // A photo, attached as in Telegram (a 1×1 PNG).
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
    await page.locator("#private-file").setInputFiles({ name: "notice.png", mimeType: "image/png", buffer: png });
    await botMessage(privateChat(), "Attachment saved (1)");
    await say("I would like to join a friend circle in my neighbourhood.");
    await tap(await botMessage(privateChat(), "Please check your enquiry"), /Send/);
    const sent = await botMessage(privateChat(), /A-\d{4}-\d{5}/);
    const reference = /A-\d{4}-\d{5}/.exec((await sent.textContent()) ?? "")![0];

    // The coordinator registers in the group, finds the enquiry's topic and takes it over.
    await sayInGroup("/register");
    await botMessage(groupChat(), /\u2068?Sabine\u2069? ist jetzt im Koordinationsteam registriert/);
    const topic = page.getByRole("navigation", { name: "Topics" }).getByRole("button", { name: new RegExp(reference) });
    await topic.click();
    const card = await botMessage(groupChat(), `Neue Anfrage ${reference}`);
    expect(await card.textContent()).toContain("I would like to join a friend circle in my neighbourhood.");
    // The photo follows the card in the topic, and shows.
    const attached = await botMessage(groupChat(), `Anhang 1 von 1 zu ${reference}`);
    await expect.poll(() => attached.locator("img.photo").evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(1);
    await tap(card, /Übernehmen/);
    await botMessage(groupChat(), /Übernommen von: \u2068?Sabine/);
    await botMessage(privateChat(), `New status of your enquiry ${reference}`);

    // Her German reply reaches the volunteer in English (translated), with the original below.
    await sayInGroup("Herzlich willkommen! Wir melden uns morgen mit einem Freundeskreis in Ihrer Nähe.");
    // Names arrive isolated (U+2068 … U+2069), invisible to the reader.
    const reply = await botMessage(privateChat(), /\u2068?Sabine\u2069? \(Sozialamt Stuttgart\)/);
    expect(await reply.textContent()).toContain("[de→en] Herzlich willkommen!");
    expect(await reply.textContent()).toContain("Original text (German)");
    await page.screenshot({ path: join(SCREENSHOTS, "1-reply.png") });

    // She closes; the volunteer is told and rates.
    // The card's heading follows the status; closing asks first.
    await tap(await botMessage(groupChat(), new RegExp(`Anfrage ${reference}[\\s\\S]*Zuletzt:`)), /Schließen/);
    await tap(await botMessage(groupChat(), `${reference} wirklich abschließen?`), /Ja, abschließen/);
    await botMessage(privateChat(), new RegExp(`New status of your enquiry ${reference}: .*closed`, "i"));
    await tap(await botMessage(privateChat(), "How satisfied are you"), "5");
    await botMessage(privateChat(), "Thank you for your rating!");
    // The topic's name shows the new status.
    await expect.poll(() => topic.textContent()).toContain(`✅ ${reference}`);

    // The developer's log lists the bot's Bot API calls.
    await page.getByText("Bot API calls").click();
    await page.getByRole("list", { name: "Bot API calls, newest first" }).getByText(/createForumTopic chat -100\d+ ok/).first().waitFor();
    await page.getByText("Bot API calls").click();

    await page.locator("section.side").nth(0).screenshot({ path: join(SCREENSHOTS, "volunteer.png") });
    await page.locator("section.side").nth(1).screenshot({ path: join(SCREENSHOTS, "coordinators.png") });
    expect(problems).toEqual([]);
    // Nothing the bot did would have been refused by Telegram, and no update went undelivered.
    expect(await page.locator(".toast.error").allTextContents()).toEqual([]);
  });

  it("several personas chat at once, each in their own language; Arabic and Farsi read right-to-left", async () => {
    await page.getByRole("tab", { name: /Amal/ }).click();
    await expect.poll(() => page.getByLabel("Language").inputValue()).toBe("ar");
    await say("/start");
    const greeting = await botMessage(privateChat(), "أهلًا");
    expect(await privateChat().getAttribute("dir")).toBe("rtl");
    expect(await greeting.locator(".text").evaluate((node) => getComputedStyle(node).direction)).toBe("rtl");

    await page.getByRole("tab", { name: /Markus/ }).click();
    await page.getByLabel("Language").selectOption("fa");
    await say("/start");
    await botMessage(privateChat(), /[\u0600-\u06FF]/);
    expect(await privateChat().getAttribute("dir")).toBe("rtl");
    await page.locator("section.side").nth(0).screenshot({ path: join(SCREENSHOTS, "refugee-farsi.png") });

    // Lena's conversation is where she left it; an English chat reads left-to-right.
    await page.getByRole("tab", { name: /Lena/ }).click();
    await botMessage(privateChat(), "Thank you for your rating!");
    expect(await privateChat().getAttribute("dir")).toBe("ltr");
    expect(problems).toEqual([]);
    // Nothing the bot did would have been refused by Telegram, and no update went undelivered.
    expect(await page.locator(".toast.error").allTextContents()).toEqual([]);
  });

  it("bad input gets a polite answer, and the reset button clears every chat and the bot's data", async () => {
    await page.getByRole("tab", { name: /Lena/ }).click();
    await say("🤷");
    const answer = await botMessage(privateChat(), "I do not have a reliable answer to that");
    await answer.getByRole("button", { name: "Talk to the coordination team" }).waitFor();

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reset local data" }).click();
    await privateChat().getByText("No messages yet").waitFor();
    await expect.poll(() => page.getByRole("navigation", { name: "Topics" }).getByRole("button").count()).toBe(1);

    // The bot forgot her enquiries too.
    await say("/my");
    await botMessage(privateChat(), /no enquir/i);
    expect(problems).toEqual([]);
    // Nothing the bot did would have been refused by Telegram, and no update went undelivered.
    expect(await page.locator(".toast.error").allTextContents()).toEqual([]);
  });
});
