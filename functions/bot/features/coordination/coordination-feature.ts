import { Composer } from "grammy";
import type { BotContext } from "../../context.ts";
import { cardActionsFeature } from "./card-actions.ts";
import { enquiryListsFeature } from "./enquiry-lists.ts";
import { coordinatorsGroup, groupTools, type CoordinationDependencies } from "./group.ts";
import { registrationFeature } from "./registration.ts";
import { replyTemplatesFeature } from "./reply-templates.ts";
import { statsExportFeature } from "./stats-export.ts";
import { topicMessagesFeature } from "./topic-messages.ts";

export type { CoordinationDependencies } from "./group.ts";

/**
 * The coordinators' side, in their group only. Every action is checked on the server: the chat
 * must be the coordinators' group and the sender a registered coordinator; what a button carries
 * proves nothing. The conversation in topics comes last: commands and buttons go first.
 */
export function coordinationFeature(deps: CoordinationDependencies): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const tools = groupTools(deps);
  coordinatorsGroup(feature, deps.coordinatorChatId).use(
    registrationFeature(tools),
    cardActionsFeature(tools),
    enquiryListsFeature(tools),
    replyTemplatesFeature(tools),
    statsExportFeature(tools),
    topicMessagesFeature(tools),
  );
  return feature;
}
