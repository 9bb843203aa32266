import * as z from 'zod/mini';

/**
 * Messages from the hub filler (content script in the hub tab the admin filled) to the background. Strict, as
 * every request schema: a key the protocol does not define makes the message one we did not send.
 */
export const hubFillRequestSchema = z.strictObject({
  type: z.literal('hub-fill:hub-connected'),
  /** The account id from the hub's `success` event, when the page lets us read it. */
  accountId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  provider: z.optional(z.string().check(z.maxLength(100))),
});
export type HubFillRequest = z.infer<typeof hubFillRequestSchema>;
