import type { DynamoDBRecord } from "aws-lambda";

/**
 * The id of a newly inserted enquiry in a stream record, or undefined for every other change
 * (the event source's filter lets only these through; this check keeps a filter mistake harmless).
 */
export function insertedEnquiryId(record: DynamoDBRecord): string | undefined {
  if (record.eventName !== "INSERT") return undefined;
  const keys = record.dynamodb?.Keys;
  const pk = keys?.pk?.S;
  if (keys?.sk?.S !== "ENQUIRY" || !pk?.startsWith("ENQUIRY#")) return undefined;
  return pk.slice("ENQUIRY#".length);
}
