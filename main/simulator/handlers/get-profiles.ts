import { matchesAll, subjectOf, validateFilter, type Operand } from '../filter-rules';
import { paginate } from '../json-api';
import { profileResource } from '../resources';
import { specFilters, specQueryParameters } from '../spec-parameters';
import type { SimProfile } from '../world';
import type { Handler } from './handler-context';
import { sortBy } from './sorting';

const pageSizeSpec = specQueryParameters.getProfiles['page[size]'];
const defaultPageSize = pageSizeSpec?.kind === 'integer' ? pageSizeSpec.default : 20;

/** Email matches ignore case (our choice; the spec does not say). */
const caseInsensitive = new Set(['email']);

/**
 * `GET /api/profiles`: the profiles visible now (scenario ones, plus those test orders created once
 * delivered). An unmatched filter is a 200 with `data: []`. Default order: creation (our choice).
 * Suppression fields and `_kx` are accepted by the filter and match nothing: we model neither.
 */
export const getProfiles: Handler = (context) => {
  const { query, baseUrl } = context;
  const activity = context.activity();
  const filter = query.text('filter');
  const conditions = filter === undefined ? [] : validateFilter(filter, specFilters.getProfiles);
  const fieldsOf = (profile: SimProfile): Record<string, Operand | null> => ({
    id: profile.id,
    email: profile.email,
    phone_number: profile.phoneNumber,
    external_id: profile.externalId,
    created: profile.createdMs,
    updated: Math.max(profile.updatedMs, activity.lastEventMs.get(profile.id) ?? -Infinity),
  });
  const profiles = sortBy(
    sortBy(activity.profiles, 'created', (profile) => profile.createdMs).filter((profile) =>
      matchesAll(conditions, subjectOf(fieldsOf(profile), caseInsensitive)),
    ),
    query.text('sort'),
    (profile, field) => fieldsOf(profile)[field] ?? null,
  );
  const { page, links } = paginate(profiles, query.integer('page[size]') ?? defaultPageSize, { baseUrl, path: context.linkPath, pairs: query.pairs });
  const include = query.list('include') ?? [];
  const data = page.map((profile) =>
    profileResource(baseUrl, profile, {
      fields: query.list('fields[profile]'),
      lastEventMs: activity.lastEventMs.get(profile.id),
      additionalFields: query.list('additional-fields[profile]'),
      included: include,
    }),
  );
  // We model no conversations or push tokens, so an include adds nothing to `included`.
  return include.length === 0 ? { data, links } : { data, links, included: [] };
};
