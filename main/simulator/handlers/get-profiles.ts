import { matchesAll, subjectOf, validateFilter, type Operand } from '../filter-rules';
import { paginate } from '../json-api';
import { profileResource } from '../resources';
import { pageSizeFor } from '../query-parameters';
import { specFilters } from '../spec-parameters';
import type { VisibleProfile } from '../test-orders';
import type { Handler } from './handler-context';
import { sortBy } from './sorting';

/** Email matches ignore case (our choice; the spec does not say). */
const caseInsensitive = new Set(['email']);

function profileFields(profile: VisibleProfile): Record<string, Operand | null> {
  return {
    id: profile.id,
    email: profile.email,
    phone_number: profile.phoneNumber,
    external_id: profile.externalId,
    created: profile.createdMs,
    updated: profile.updatedMs,
  };
}

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
  const profiles = sortBy(
    sortBy(activity.profiles, 'created', (profile) => profile.createdMs).filter((profile) =>
      matchesAll(conditions, subjectOf(profileFields(profile), caseInsensitive)),
    ),
    query.text('sort'),
    (profile, field) => profileFields(profile)[field] ?? null,
  );
  const { page, links } = paginate(profiles, pageSizeFor('getProfiles', query), { baseUrl, path: context.linkPath, pairs: query.pairs });
  const include = query.list('include') ?? [];
  const data = page.map((profile) =>
    profileResource(baseUrl, profile, {
      fields: query.list('fields[profile]'),
      additionalFields: query.list('additional-fields[profile]'),
      included: include,
    }),
  );
  // We model no conversations or push tokens, so an include adds nothing to `included`.
  return include.length === 0 ? { data, links } : { data, links, included: [] };
};
