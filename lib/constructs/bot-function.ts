import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { Annotations, type Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { SERVICE_NAME } from "../../functions/observability/metric-names.ts";
import { nodejsBundlingOptions, projectRoot } from "../bundling.ts";
import type { Stage } from "../deployment-config.ts";

/** Where the Fluent files land in the deployment package (`/var/task` is the package root). */
export const LOCALES_DIR = "/var/task/locales";
/** Where the knowledge base and search data land: read at cold start, not bundled into the code. */
export const CONTENT_DIR = "/var/task/content";

/** Data files that travel next to the bundle: folder of the repository → file ending. */
const PACKAGED_DATA = [
  { folder: "locales", ending: ".ftl" },
  { folder: "content", ending: ".json" },
] as const;

export interface BotFunctionProps {
  /** The handler module relative to the project root, e.g. `functions/webhook/handler.ts`; it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  /** Every trigger has its own reason for its timeout, so there is no default. */
  readonly timeout: Duration;
  /** Sets `STAGE` (which also names the functions' metrics namespace), and `LOG_LEVEL` (DEBUG in dev, INFO in prod). */
  readonly stage: Stage;
  /** `TELEGRAM_BOT_USERNAME`. @default - not set; the function's config reports it missing */
  readonly botUsername?: string;
  /** `COORDINATOR_CHAT_ID`. @default - not set */
  readonly coordinatorChatId?: string;
  /**
   * Lambda gives CPU in proportion to memory (1,769 MB is one vCPU). A cold start is
   * CPU-bound: parsing the bundle and initialising the AWS SDK and grammY. 512 MB (under a
   * third of a vCPU) keeps that short while the bot needs well under 100 MB of memory, and
   * at a city office's volume the price difference is cents.
   *
   * @default 512
   */
  readonly memorySize?: number;
  /** @default - unreserved */
  readonly reservedConcurrentExecutions?: number;
  /**
   * The logs should carry no personal data (a rule for the handlers), but nothing needs
   * them once an incident has been looked into.
   *
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * A Lambda function of the bot with the project's defaults: Node.js 22 on arm64, bundled by
 * the local esbuild as in `lib/bundling.ts`, the Fluent files from `locales/` and the JSON data
 * from `content/` in the package,
 * its own log group with a retention period, and a role that may write to that log group and
 * nothing else until a construct grants more (`BotTable.grantBotAccess`, `BotSecret.grantRead`).
 */
export class BotFunction extends Construct {
  public readonly function: NodejsFunction;
  public readonly logGroup: logs.LogGroup;
  public readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: BotFunctionProps) {
    super(scope, id);

    this.logGroup = new logs.LogGroup(this, "Logs", {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of AWSLambdaBasicExecutionRole, whose log permissions cover
    // every log group in the account.
    this.role = new iam.Role(this, "Role", {
      assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
      description: `Runs ${props.entry}`,
    });
    this.logGroup.grantWrite(this.role);

    if (dataFiles(projectRoot, "locales", ".ftl").length === 0) {
      Annotations.of(this).addWarningV2(
        "engagement-bot:noLocales",
        "locales/ holds no .ftl files, so the function is deployed without any texts.",
      );
    }

    this.function = new NodejsFunction(this, "Function", {
      description: props.description,
      projectRoot,
      depsLockFilePath: join(projectRoot, "package-lock.json"),
      entry: join(projectRoot, props.entry),
      handler: "handler",
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      ...(props.reservedConcurrentExecutions === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrentExecutions }),
      role: this.role,
      logGroup: this.logGroup,
      bundling: nodejsBundlingOptions({
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: copyDataCommands,
      }),
      environment: {
        STAGE: props.stage,
        LOG_LEVEL: props.stage === "prod" ? "INFO" : "DEBUG",
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        LOCALES_DIR,
        CONTENT_DIR,
        NODE_OPTIONS: "--enable-source-maps",
        ...(props.botUsername === undefined ? {} : { TELEGRAM_BOT_USERNAME: props.botUsername }),
        ...(props.coordinatorChatId === undefined
          ? {}
          : { COORDINATOR_CHAT_ID: props.coordinatorChatId }),
      },
    });
    // The first invocation after a deploy must find the grants already attached to the role.
    this.function.node.addDependency(this.role);

    Validations.of(this.function).acknowledge({
      id: "AwsSolutions-L1",
      reason:
        "Node.js 22 is the runtime the project pins: the esbuild target, the local runtime and " +
        "the cold-start benchmark are all Node 22, and it is a supported Lambda runtime. Moving " +
        "to a newer Node.js is a deliberate upgrade with its own benchmark, not a side effect of " +
        "a CDK or cdk-nag release.",
    });
  }
}

/** The files ending in `ending` under `<root>/<folder>`, relative to that folder. */
function dataFiles(root: string, folder: string, ending: string): string[] {
  const folderRoot = join(root, folder);
  if (!existsSync(folderRoot)) return [];
  return readdirSync(folderRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => relative(folderRoot, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Shell commands (run after esbuild) that copy `locales/**\/*.ftl` and `content/**\/*.json` into
 * the package, then analyse the copied content for search once, so that a cold start does not run
 * the stemmer over the whole knowledge base (`scripts/build-search-index.ts`).
 */
function copyDataCommands(inputDir: string, outputDir: string): string[] {
  const copies = PACKAGED_DATA.flatMap(({ folder, ending }) =>
    dataFiles(inputDir, folder, ending)
      .filter((file) => file !== "search-index.json")
      .map((file) => {
        const target = join(outputDir, folder, file);
        return `mkdir -p ${shellQuote(dirname(target))} && cp ${shellQuote(join(inputDir, folder, file))} ${shellQuote(target)}`;
      }),
  );
  const tsx = join(inputDir, "node_modules", "tsx", "dist", "cli.mjs");
  const analyse = `node ${shellQuote(tsx)} ${shellQuote(join(inputDir, "scripts", "build-search-index.ts"))} ${shellQuote(join(outputDir, "content"))}`;
  return [...copies, analyse];
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
