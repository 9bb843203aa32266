import * as z from 'zod/mini';

/** Messages from the hub filler (content script in the hub tab the admin filled) to the background. */
export const hubFillRequestSchema = z.object({
  type: z.literal('hub-fill:hub-connected'),
  /** The account id from the hub's `success` event, when the page lets us read it. */
  accountId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  provider: z.optional(z.string().check(z.maxLength(100))),
});
export type HubFillRequest = z.infer<typeof hubFillRequestSchema>;
