import { z } from 'zod';

export const routeSchema = z.enum(['home', 'metrics', 'flows', 'wizards', 'settings', 'incident']);
export type Route = z.infer<typeof routeSchema>;
/** The screens of the main navigation, in its order (the incident page is reached from an incident). */
export const routes = ['home', 'metrics', 'flows', 'wizards', 'settings'] as const satisfies readonly Route[];

/** Sent by main when something outside the window (a notification, a deep link) opens a screen. */
export const navigateEventSchema = z.object({
  route: routeSchema,
  /** Optional id of the thing to focus on that screen (an alert, a metric, a flow); the incident page's incident. */
  focusId: z.string().optional(),
});
export type NavigateEvent = z.infer<typeof navigateEventSchema>;
