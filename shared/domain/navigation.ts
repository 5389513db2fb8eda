import { z } from 'zod';

export const routeSchema = z.enum(['home', 'metrics', 'flows', 'wizards', 'settings']);
export type Route = z.infer<typeof routeSchema>;
export const routes = routeSchema.options;

/** Sent by main when something outside the window (a notification, a deep link) opens a screen. */
export const navigateEventSchema = z.object({
  route: routeSchema,
  /** Optional id of the thing to focus on that screen (an alert, a metric, a flow). */
  focusId: z.string().optional(),
});
export type NavigateEvent = z.infer<typeof navigateEventSchema>;
