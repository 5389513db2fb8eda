/**
 * An answer other than 200, in the spec's error body shape (`components/responses/ClientError`):
 * `{ errors: [{ id, code, title, detail, source? }] }`. Which status goes with which class is our
 * choice (the spec declares only 4XX and 5XX); the codes and titles follow Klaviyo's live API.
 */
export interface ErrorSource {
  readonly pointer?: string;
  readonly parameter?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly source?: ErrorSource,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

export const invalidParameter = (parameter: string, detail: string) =>
  new ApiError(400, 'invalid', 'Invalid input.', detail, { parameter });

export const invalidBody = (pointer: string, detail: string) => new ApiError(400, 'invalid', 'Invalid input.', detail, { pointer });

export const notFound = (detail: string) => new ApiError(404, 'not_found', 'Not found.', detail);
