import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium (`.ci/run` installs it); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Headless Chromium as this machine allows it: no sandbox (we run as root), and none of the
 * background connections to Google that a closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * What went wrong in a page: console errors, uncaught exceptions, failed requests, and any
 * request that leaves this machine (the playground must load nothing from elsewhere).
 */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.hostname !== "127.0.0.1" && url.hostname !== "localhost") problems.push(`external request: ${request.url()}`);
  });
  page.on("requestfailed", (request) => {
    // The event stream is cut when the page closes; that is not a failure of the page.
    if (!request.url().endsWith("/api/events")) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return problems;
}
