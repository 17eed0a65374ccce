import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Dataset } from "../common/datasets.js";
import { Department } from "../shared/departments.js";
import { today } from "../common/grants.js";
import "../common/graphql-enums.js"; // registers Dataset
import { connectionOf } from "../common/pagination.js";
import "../common/provenance.js"; // registers Department
import { DateScalar } from "../common/scalars.js";
import { Envelope } from "../common/sharing.js";
import { REPLY_WORKING_DAYS } from "./reply-deadline.js";

export enum AccessRequestStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  DENIED = "DENIED",
  REVOKED = "REVOKED",
}
registerEnumType(AccessRequestStatus, {
  name: "AccessRequestStatus",
  description: "Where an access request stands: waiting for the owner, decided, or withdrawn after approval.",
  valuesConfig: {
    PENDING: { description: "Waiting for the owner's admins to approve or deny it." },
    APPROVED: { description: "Approved: a grant to read the dataset until `until`." },
    DENIED: { description: "Denied by the owner; no grant." },
    REVOKED: { description: "Approved once, then revoked by the owner: the grant no longer holds." },
  },
});

@ObjectType({ description: "A department's request to read a CONDITIONAL dataset, and the owner's answer. An approved request is a grant until `until`." })
@Envelope()
export class AccessRequest {
  @Field(() => ID, { description: "The request's number, given by the hub; `decideAccess` and `revokeAccess` name it." }) id!: string;
  @Field(() => Dataset, { description: "The CONDITIONAL dataset asked for." }) dataset!: Dataset;
  @Field(() => Department, { description: "The dataset's owner, whose admins decide." }) owner!: Department;
  @Field(() => Department, { description: "The requesting department, which the grant is for." }) granteeDepartment!: Department;
  @Field({ description: "The role the grant is for: the requester's." }) granteeRole!: string;
  @Field({ description: "The token subject that asked." }) requestedBy!: string;
  @Field({ description: "What the requester says the data is for; the owner decides on it." }) purpose!: string;
  @Field(() => DateScalar, { description: "Last day of the grant (China time)." }) until!: string;
  @Field({ description: "When the request was made." }) requestedAt!: Date;
  @Field(() => DateScalar, { description: `The owner answers by this day: ${REPLY_WORKING_DAYS} working days after the request.` }) replyDue!: string;
  @Field({ description: "Still pending after the reply deadline." }) overdue!: boolean;
  @Field(() => AccessRequestStatus, { description: "Pending, approved, denied or revoked." }) status!: AccessRequestStatus;
  @Field({ description: "Approved, not revoked, and `until` not passed: the grant is in force." }) active!: boolean;
  @Field({ description: "Approved but `until` has passed." }) expired!: boolean;
  @Field(() => Date, { nullable: true, description: "When the owner approved or denied it; null while pending." }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "The token subject (an owner's admin) that decided; null while pending." }) decidedBy!: string | null;
  @Field(() => String, { nullable: true, description: "The owner's note with the decision or the revocation." }) note!: string | null;
  @Field(() => Date, { nullable: true, description: "When the owner revoked the grant; null unless REVOKED." }) revokedAt!: Date | null;
}
export const AccessRequestConnection = connectionOf(AccessRequest, "AccessRequest");

@InputType({ description: "Which access requests `accessRequests` lists; the conditions given must all hold." })
export class AccessRequestFilter {
  @Field(() => AccessRequestStatus, { nullable: true, description: "Only requests in this state." }) status?: AccessRequestStatus;
  @Field(() => Dataset, { nullable: true, description: "Only requests for this dataset." }) dataset?: Dataset;
  @Field({ nullable: true, description: "Only pending requests past their reply deadline." }) overdue?: boolean;
  @Field({ nullable: true, description: "true: requests on my department's datasets; false: my department's own requests; absent: both." }) onMyDatasets?: boolean;
}

/** The columns of hub.access_requests, named as AccessRequest names them. */
export const COLUMNS = `id::text, dataset, owner, grantee_department as "granteeDepartment", grantee_role as "granteeRole",
  requested_by as "requestedBy", purpose, valid_until::text as until, requested_at as "requestedAt", reply_due::text as "replyDue",
  status, decided_at as "decidedAt", decided_by as "decidedBy", note, revoked_at as "revokedAt"`;

/** A row of hub.access_requests as COLUMNS selects it: the request without what follows from today's date. */
export type AccessRequestRow = Omit<AccessRequest, "overdue" | "active" | "expired">;

export function toRequest(r: AccessRequestRow): AccessRequest {
  const now = today();
  const approved = r.status === AccessRequestStatus.APPROVED;
  return { ...r, overdue: r.status === AccessRequestStatus.PENDING && now > r.replyDue, active: approved && r.until >= now, expired: approved && r.until < now };
}
