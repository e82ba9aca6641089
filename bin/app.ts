import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { BotStack } from "../lib/bot-stack.ts";
import { readDeploymentConfig, stackName } from "../lib/deployment-config.ts";

const app = new App();
const config = readDeploymentConfig(app);
new BotStack(app, stackName(config.stage), config);
if (config.nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
