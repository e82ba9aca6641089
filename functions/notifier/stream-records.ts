import type { AttributeValue as StreamAttributeValue, DynamoDBRecord } from "aws-lambda";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { enquiryFromItem } from "../store/enquiry-item.ts";
import { tableKeys } from "../store/table-keys.ts";
import type { Enquiry } from "../domain/enquiry.ts";

const enquiryIdOf = (record: DynamoDBRecord): string | undefined => {
  const keys = record.dynamodb?.Keys;
  return tableKeys.enquiryIdOf({ pk: keys?.pk?.S, sk: keys?.sk?.S });
};

/**
 * The id of a newly inserted enquiry in a stream record, or undefined for every other change
 * (the event source's filter lets only these through; this check keeps a filter mistake harmless).
 */
export function insertedEnquiryId(record: DynamoDBRecord): string | undefined {
  return record.eventName === "INSERT" ? enquiryIdOf(record) : undefined;
}

/**
 * The enquiry DynamoDB's TTL removed (its retention ended), from the record's old image; undefined
 * for any other change. Deletions the bot makes itself (a person's `/deletemydata`) clean up at
 * once and are left alone here: only the TTL service's removals say `userIdentity.type` "Service".
 */
export function expiredEnquiry(record: DynamoDBRecord): Enquiry | undefined {
  if (record.eventName !== "REMOVE" || record.userIdentity?.type !== "Service" || !enquiryIdOf(record)) return undefined;
  const image = record.dynamodb?.OldImage;
  if (!image) return undefined;
  return enquiryFromItem(unmarshall(image as Record<string, StreamAttributeValue> as Record<string, AttributeValue>));
}
