import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Annotations, Capture, Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../lib/bundling.ts";
import { loadContent } from "../../functions/content/load-content.ts";
import { type SynthesisedBotStack, synthBotStack } from "./synth-bot-stack.ts";

const TOKEN_LIKE = /\d{8,10}:[A-Za-z0-9_-]{35}/;

type Resource = { Properties: Record<string, unknown> };
type PolicyStatement = { Effect: string; Action: string | string[]; Resource: unknown };

function theOnly(template: Template, type: string): { id: string; resource: Resource } {
  const resources = Object.entries(template.findResources(type));
  expect(resources).toHaveLength(1);
  const [id, resource] = resources[0]!;
  return { id, resource: resource as Resource };
}

/**
 * The webhook's function, role, policy and log group, found by how they refer to each other
 * (the stack has a second function, the notifier, with its own).
 */
function webhookResources(template: Template) {
  const find = (type: string, test: (resource: Resource) => boolean) => {
    const matches = Object.entries(template.findResources(type)).filter(([, resource]) => test(resource as Resource));
    expect(matches, type).toHaveLength(1);
    const [id, resource] = matches[0]!;
    return { id, resource: resource as Resource };
  };
  const fn = find("AWS::Lambda::Function", (resource) => resource.Properties.Description === "Telegram webhook of the engagement bot");
  const roleId = (fn.resource.Properties.Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  const role = { id: roleId, resource: template.findResources("AWS::IAM::Role")[roleId] as Resource };
  const policy = find("AWS::IAM::Policy", (resource) => JSON.stringify(resource.Properties.Roles) === JSON.stringify([{ Ref: roleId }]));
  const logGroupId = (fn.resource.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
  return { function: fn, role, policy, logGroup: { id: logGroupId } };
}

function environmentOf(template: Template): Record<string, unknown> {
  const { resource } = webhookResources(template).function;
  return (resource.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
}

describe("BotStack, dev stage (bundled as by cdk synth)", () => {
  let dev: SynthesisedBotStack;

  beforeAll(() => {
    dev = synthBotStack({ bundle: true, context: { botUsername: "example_bot" } });
  });

  it("names the stack after the stage and does not guard it against deletion", () => {
    // Assess
    expect(dev.stack.stackName).toBe("EngagementBot-dev");
    expect(dev.stack.terminationProtection).toBe(false);
  });

  it("runs the webhook on Node.js 22 on arm64 with 512 MB, 20 s and 10 reserved instances", () => {
    // Assess
    dev.template.hasResourceProperties("AWS::Lambda::Function", {
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      Handler: "index.handler",
      MemorySize: 512,
      Timeout: 20,
      ReservedConcurrentExecutions: 10,
    });
  });

  it("gives the webhook its configuration through the environment, at debug log level", () => {
    // Prepare
    const { id: tableId } = theOnly(dev.template, "AWS::DynamoDB::Table");
    const { id: secretId } = theOnly(dev.template, "AWS::SecretsManager::Secret");

    // Assess
    expect(environmentOf(dev.template)).toEqual({
      TABLE_NAME: { Ref: tableId },
      BOT_SECRET_ARN: { Ref: secretId },
      TELEGRAM_BOT_USERNAME: "example_bot",
      COORDINATOR_CHAT_ID: "-1001234567890",
      STAGE: "dev",
      LOG_LEVEL: "DEBUG",
      POWERTOOLS_SERVICE_NAME: "engagement-bot",
      LOCALES_DIR: "/var/task/locales",
      CONTENT_DIR: "/var/task/content",
      NODE_OPTIONS: "--enable-source-maps",
    });
  });

  it("puts no bot token into the template, in the environment or anywhere else", () => {
    // Prepare
    const environment = environmentOf(dev.template);

    // Assess
    for (const value of Object.values(environment)) {
      if (typeof value === "string") expect(value).not.toMatch(TOKEN_LIKE);
    }
    for (const [name, value] of Object.entries(environment)) {
      if (/TOKEN|SECRET/i.test(name)) expect(typeof value, `${name} holds a literal value`).not.toBe("string");
    }
    expect(JSON.stringify(dev.template.toJSON())).not.toMatch(TOKEN_LIKE);
  });

  it("exposes the webhook as a Function URL without IAM auth that buffers the response", () => {
    // Prepare
    const { id: functionId } = webhookResources(dev.template).function;

    // Assess
    dev.template.hasResourceProperties("AWS::Lambda::Url", {
      AuthType: "NONE",
      InvokeMode: "BUFFERED",
      TargetFunctionArn: { "Fn::GetAtt": [functionId, "Arn"] },
    });
  });

  it("allows the webhook exactly its table, secret and log actions and nothing else", () => {
    // Prepare
    const { id: tableId } = theOnly(dev.template, "AWS::DynamoDB::Table");
    const { id: secretId } = theOnly(dev.template, "AWS::SecretsManager::Secret");
    const { id: logGroupId } = webhookResources(dev.template).logGroup;
    const tableArn = { "Fn::GetAtt": [tableId, "Arn"] };
    const { resource: policy } = webhookResources(dev.template).policy;
    const statements = (policy.Properties.PolicyDocument as { Statement: PolicyStatement[] }).Statement;

    // Assess
    expect(statements).toHaveLength(4);
    expect(statements).toEqual(
      expect.arrayContaining([
        {
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: { "Fn::GetAtt": [logGroupId, "Arn"] },
        },
        {
          Effect: "Allow",
          Action: [
            "dynamodb:BatchWriteItem",
            "dynamodb:DeleteItem",
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:Query",
            "dynamodb:UpdateItem",
          ],
          Resource: tableArn,
        },
        {
          Effect: "Allow",
          Action: "dynamodb:Query",
          Resource: ["gsi1", "gsi2", "gsi3"].map((index) => ({ "Fn::Join": ["", [tableArn, `/index/${index}`]] })),
        },
        { Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: { Ref: secretId } },
      ]),
    );
    expect(JSON.stringify(statements)).not.toMatch(/dynamodb:(Scan|DescribeTable|\*)/);
  });

  it("runs the webhook under its own role without AWS managed policies", () => {
    // Prepare
    const { id: roleId, resource: role } = webhookResources(dev.template).role;

    // Assess
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    dev.template.hasResourceProperties("AWS::Lambda::Function", {
      Role: { "Fn::GetAtt": [roleId, "Arn"] },
    });
  });

  it("logs to its own log group that keeps a month of logs", () => {
    // Prepare
    const logGroup = new Capture();

    // Act
    dev.template.hasResourceProperties("AWS::Lambda::Function", {
      LoggingConfig: { LogGroup: { Ref: logGroup } },
    });

    // Assess
    expect(dev.template.toJSON().Resources[logGroup.asString()]).toMatchObject({
      Type: "AWS::Logs::LogGroup",
      Properties: { RetentionInDays: 30 },
    });
  });

  it("lets the dev table be deleted with the stack", () => {
    // Assess
    dev.template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Delete",
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
  });

  it("outputs the webhook URL, the secret ARN, the table name and the stage", () => {
    // Prepare
    const { id: urlId } = theOnly(dev.template, "AWS::Lambda::Url");
    const { id: secretId } = theOnly(dev.template, "AWS::SecretsManager::Secret");
    const { id: tableId } = theOnly(dev.template, "AWS::DynamoDB::Table");

    // Assess
    dev.template.hasOutput("WebhookUrl", { Value: { "Fn::GetAtt": [urlId, "FunctionUrl"] } });
    dev.template.hasOutput("BotSecretArn", { Value: { Ref: secretId } });
    dev.template.hasOutput("TableName", { Value: { Ref: tableId } });
    dev.template.hasOutput("Stage", { Value: "dev" });
  });

  it("packages an ES module bundle with its source map, every Fluent file of locales/ and every JSON file of content/", () => {
    // Prepare
    const s3Key = new Capture();
    dev.template.hasResourceProperties("AWS::Lambda::Function", { Code: { S3Key: s3Key } });
    const assetDir = join(dev.assembly.directory, `asset.${s3Key.asString().replace(/\.zip$/, "")}`);
    const repoLocales = join(projectRoot, "locales");
    const ftlFiles = existsSync(repoLocales)
      ? readdirSync(repoLocales, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ftl"))
      : [];

    // Assess
    expect(readdirSync(assetDir)).toEqual(expect.arrayContaining(["index.mjs", "index.mjs.map"]));
    expect(readFileSync(join(assetDir, "index.mjs"), "utf8")).toMatch(/^import \{ createRequire/);
    for (const file of ftlFiles) {
      expect(readFileSync(join(assetDir, "locales", file), "utf8")).toBe(readFileSync(join(repoLocales, file), "utf8"));
    }
    const repoContent = join(projectRoot, "content");
    const contentFiles = readdirSync(repoContent, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".json"));
    expect(contentFiles).toContain("knowledge-base.json");
    for (const file of contentFiles) {
      expect(readFileSync(join(assetDir, "content", file), "utf8")).toBe(readFileSync(join(repoContent, file), "utf8"));
    }
    // The search terms were computed at build time from exactly this content.
    const analysed = JSON.parse(readFileSync(join(assetDir, "content", "search-index.json"), "utf8"));
    expect(analysed.contentHash).toBe(loadContent(join(assetDir, "content")).contentHash);
    expect(Object.keys(analysed.languages)).toEqual(["de", "en", "ar", "fa", "uk"]);
  });
});

describe("BotStack, prod stage", () => {
  let prod: SynthesisedBotStack;

  beforeAll(() => {
    prod = synthBotStack({
      context: { stage: "prod", botUsername: "example_bot", coordinatorChatId: "-1001234567890" },
    });
  });

  it("names the stack after the stage and guards it against deletion", () => {
    // Assess
    expect(prod.stack.stackName).toBe("EngagementBot-prod");
    expect(prod.stack.terminationProtection).toBe(true);
  });

  it("keeps the table when the stack goes and refuses to delete it", () => {
    // Assess
    prod.template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
  });

  it("logs at info level and knows the coordinators' chat", () => {
    // Assess
    expect(environmentOf(prod.template)).toMatchObject({
      STAGE: "prod",
      LOG_LEVEL: "INFO",
      COORDINATOR_CHAT_ID: "-1001234567890",
    });
  });
});

describe("BotStack, context variations", () => {
  it("leaves the webhook unreserved when reservedConcurrency is none", () => {
    // Act
    const { template } = synthBotStack({ context: { botUsername: "example_bot", reservedConcurrency: "none" } });

    // Assess
    template.hasResourceProperties("AWS::Lambda::Function", {
      ReservedConcurrentExecutions: Match.absent(),
    });
  });

  it.each([["dev"], ["prod"]])("fails a %s synth without the bot's username, saying why", (stage) => {
    // Act
    const synth = () => synthBotStack({ context: { stage, botUsername: "" } });

    // Assess
    expect(synth).toThrow(`The ${stage} stage needs the bot's username, or the deployed bot fails at its first update: pass -c botUsername=`);
  });

  it.each([["dev"], ["prod"]])("fails a %s synth without the coordinators' group, saying why", (stage) => {
    // Act
    const synth = () => synthBotStack({ context: { stage, coordinatorChatId: "" } });

    // Assess
    expect(synth).toThrow(`The ${stage} stage needs the coordinators' group, or enquiries reach nobody: pass -c coordinatorChatId=`);
  });

  it("gives every function the office's settings from context, and none it was not given", () => {
    // Act
    const { template } = synthBotStack({
      context: { botUsername: "example_bot", maxOpenEnquiries: "5", officeHours: "Mo–Fr 9–16 Uhr", reassureAfterWorkingHours: 12 },
    });

    // Assess: the webhook, the notifier and the reminders (the functions that carry STAGE).
    const botFunctions = Object.values(template.findResources("AWS::Lambda::Function", {
      Properties: { Environment: { Variables: Match.objectLike({ STAGE: "dev" }) } },
    })) as Resource[];
    expect(botFunctions.length).toBeGreaterThanOrEqual(3);
    for (const botFunction of botFunctions) {
      const variables = (botFunction.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables).toMatchObject({ MAX_OPEN_ENQUIRIES: "5", OFFICE_HOURS: "Mo–Fr 9–16 Uhr", REASSURE_AFTER_WORKING_HOURS: "12" });
      // Unset settings keep the functions' defaults (functions/config.ts), not a copy of them.
      expect(variables).not.toHaveProperty("MAX_ENQUIRIES_PER_DAY");
    }
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: "Telegram webhook of the engagement bot",
      Environment: { Variables: Match.objectLike({ MAX_OPEN_ENQUIRIES: "5", OFFICE_HOURS: "Mo–Fr 9–16 Uhr" }) },
    });
  });

  it("fails synth on a setting the functions would refuse, naming it", () => {
    // Act
    const synth = () => synthBotStack({ context: { botUsername: "example_bot", maxEnquiriesPerDay: "0" } });

    // Assess
    expect(synth).toThrow(/-c maxEnquiriesPerDay="0" \(MAX_ENQUIRIES_PER_DAY\): must be at least 1/);
  });
});
