import type { CoordinatorNotifier } from "../bot/coordinator-notifier.ts";
import type { Enquiry, EnquiryStore } from "../domain/enquiry.ts";
import { AWAITING_FIRST_ANSWER } from "../domain/enquiry-lifecycle.ts";

export interface WaitingRound {
  /** References of the enquiries now posted to the coordinators' group. */
  posted: string[];
  /** References of the enquiries whose post failed again; they stay waiting. */
  failed: string[];
}

/**
 * Enquiries stored but not yet posted to the coordinators' group. Round robin may have assigned
 * one before its card failed, so both statuses are looked at.
 */
export async function listWaitingEnquiries(store: EnquiryStore): Promise<Enquiry[]> {
  const candidates = (await Promise.all(AWAITING_FIRST_ANSWER.map((status) => store.listByStatus(status)))).flat();
  return candidates.filter((enquiry) => enquiry.coordination?.cardMessageId === undefined);
}

/**
 * Posts every waiting enquiry through the same notifier the stream feeds. Used by the local
 * outbox poll (dynalite has no streams) and by `npm run dlq:replay` after the stream gave up.
 * The notifier skips an enquiry that is posted meanwhile, so a round may overlap the stream.
 */
export async function postWaitingEnquiries(
  store: EnquiryStore,
  notify: CoordinatorNotifier,
  onFailure: (enquiry: Enquiry, error: unknown) => void = () => undefined,
): Promise<WaitingRound> {
  const round: WaitingRound = { posted: [], failed: [] };
  for (const enquiry of await listWaitingEnquiries(store)) {
    try {
      const outcome = await notify(enquiry.id);
      // "gone": its owner deleted it meanwhile; there is nothing left to post, and nothing failed.
      if (outcome === "posted" || outcome === "already-posted") round.posted.push(enquiry.reference);
      else if (outcome === "no-group") round.failed.push(enquiry.reference);
    } catch (error) {
      round.failed.push(enquiry.reference);
      onFailure(enquiry, error);
    }
  }
  return round;
}
