import type { Enquiry, EnquiryStore } from "../functions/domain/enquiry.ts";
import type { CoordinatorNotifier } from "../functions/bot/coordinator-notifier.ts";
import { postWaitingEnquiries } from "../functions/notifier/post-waiting.ts";

/**
 * dynalite has no streams and no TTL: locally, new enquiries not yet posted for the coordinators
 * are found by polling the status index, and handed to the same notifier the stream feeds in AWS;
 * enquiries whose retention ended are erased as DynamoDB's TTL and the stream would. A failed
 * step is simply tried again on the next round.
 */
export function startOutboxPoll(
  store: EnquiryStore,
  notify: CoordinatorNotifier,
  log: { warn(message: string, details: Record<string, unknown>): void },
  intervalMs = 1_000,
  eraseExpired: (enquiry: Enquiry) => Promise<void> = async () => undefined,
): { stop(): Promise<void>; drain(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const round = async () => {
    await postWaitingEnquiries(store, notify, (enquiry, error) =>
      log.warn("Posting an enquiry failed; trying again on the next round", { enquiryId: enquiry.id, errorName: error instanceof Error ? error.name : typeof error }),
    );
    for (const enquiry of await store.listExpired()) {
      await eraseExpired(enquiry).catch((error: unknown) =>
        log.warn("Erasing an expired enquiry failed; trying again on the next round", { enquiryId: enquiry.id, errorName: error instanceof Error ? error.name : typeof error }),
      );
    }
  };
  const timer = setInterval(() => {
    running = running.then(round).catch(() => undefined);
  }, intervalMs);
  return {
    /** Runs one round now and waits for it (tests). */
    drain: () => (running = running.then(round)),
    stop: async () => {
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
