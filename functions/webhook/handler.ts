// Placeholder while the webhook handler is written; replaced in the same working session.
import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from "aws-lambda";
export const handler = async (_event: LambdaFunctionURLEvent): Promise<LambdaFunctionURLResult> => ({ statusCode: 501 });
