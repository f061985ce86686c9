import { z } from "zod";
import { storableString, strictObject } from "@/lib/personality/input-rules";

/** The longest app name a key may carry (it is shown beside every reply the app gets). */
export const APP_NAME_MAX = 60;

/** One field schema for the form and the action. */
export const appNameSchema = storableString("the app's name")
  .trim()
  .min(1, "Name the app this key is for, so you can tell your keys apart.")
  .max(APP_NAME_MAX, `That name is too long: at most ${APP_NAME_MAX} characters.`);

export const createKeySchema = strictObject({ name: appNameSchema });
export const revokeKeySchema = strictObject({ id: z.uuid({ error: "Unknown key." }) });
export const listKeysSchema = strictObject({});
