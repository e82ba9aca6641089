import { Duration } from "aws-cdk-lib";
import * as events from "aws-cdk-lib/aws-events";
import * as targets from "aws-cdk-lib/aws-events-targets";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Construct } from "constructs";
import type { Stage } from "../deployment-config.ts";
import { BotFunction } from "./bot-function.ts";
import type { BotSecret } from "./bot-secret.ts";
import type { BotTable } from "./bot-table.ts";

export interface ReminderScheduleProps {
  readonly stage: Stage;
  readonly table: BotTable;
  readonly secret: BotSecret;
  /** `OFFICE_SCHEDULE`, e.g. "Mo-Fr 09:00-16:00". @default - not set: the check runs and sends nothing */
  readonly officeSchedule?: string;
  /** `TELEGRAM_BOT_USERNAME`. @default - not set */
  readonly botUsername?: string;
  /** How often enquiries are checked. @default 30 minutes */
  readonly every?: Duration;
}

/** Every half hour: reminders of enquiries without a first answer, and reassurance for people who wait. */
export class ReminderSchedule extends Construct {
  public readonly function: NodejsFunction;
  public readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: ReminderScheduleProps) {
    super(scope, id);
    const reminders = new BotFunction(this, "Handler", {
      entry: "functions/reminders/handler.ts",
      description: "Reminds coordinators of enquiries without a first answer",
      stage: props.stage,
      ...(props.botUsername === undefined ? {} : { botUsername: props.botUsername }),
      timeout: Duration.seconds(120),
    });
    this.function = reminders.function;
    if (props.officeSchedule) this.function.addEnvironment("OFFICE_SCHEDULE", props.officeSchedule);
    props.table.grantReminderAccess(this.function);
    props.secret.grantRead(this.function);
    this.rule = new events.Rule(this, "Every", {
      description: "Checks waiting enquiries for reminders",
      schedule: events.Schedule.rate(props.every ?? Duration.minutes(30)),
      targets: [new targets.LambdaFunction(this.function, { retryAttempts: 2 })],
    });
  }
}
