import type { EntityType } from '../core/dataset/schema';

export const TYPE_LABEL: Record<EntityType, string> = { person: 'typePerson', organization: 'typeOrganization', country: 'typeCountry', place: 'typePlace' };
export const TYPE_GROUP_LABEL: Record<EntityType, string> = { person: 'typePeoplePlural', organization: 'typeOrganizationsPlural', country: 'typeCountriesPlural', place: 'typePlacesPlural' };
