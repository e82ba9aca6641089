import type { Context } from "aws-lambda";
import { lambdaEntry } from "../runtime/lambda-entry.ts";
import { reminderRuntimeOptions } from "../runtime/runtime-options.ts";
import { createReminderRuntime } from "./reminder-runtime.ts";

const { environment, logger, onFirstEvent } = lambdaEntry();
const reminders = onFirstEvent((connections) => createReminderRuntime(reminderRuntimeOptions(environment, connections)));

/** Scheduled entry (EventBridge, every 30 minutes): sends the reminders that are due. */
export const handler = async (_event: unknown, context: Context) => {
  logger.addContext(context);
  const sendDueReminders = await reminders();
  const sent = await sendDueReminders();
  logger.info("Reminders sent", sent);
  return sent;
};
