"use server";
import { redirect } from "next/navigation";
import { createOrganization } from "@/lib/tenancy/create-organization";
import { newOrgFieldsSchema } from "@/lib/tenancy/org-fields";
import { userAction } from "@/lib/safe-action";

export const createOrgAction = userAction({ schema: newOrgFieldsSchema }, async (fields, { userId }) => {
  const org = await createOrganization({ userId, fields });
  redirect(`/${org.slug}`);
});
