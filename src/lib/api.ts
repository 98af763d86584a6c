/** Machine-readable records for /api/: the validated entries, with derived party status. */
import { instrumentsOfState } from './parties.ts';
import type { Country } from './schema/country.ts';
import type { Instrument } from './schema/instrument.ts';

export const API_VERSION = 1;

export function countryRecord(country: Country, instruments: Instrument[]) {
  return {
    apiVersion: API_VERSION,
    url: `/countries/${country.code}/`,
    ...country,
    instrumentStatus: instrumentsOfState(instruments, country.code).map(({ instrument, state }) => ({
      instrument: instrument.id,
      status: state.status,
      signed: state.record?.signed ?? null,
      ratified: state.record?.ratified ?? null,
      inForce: state.record?.inForce ?? null,
    })),
  };
}

export function instrumentRecord(instrument: Instrument) {
  return { apiVersion: API_VERSION, url: `/instruments/${instrument.id}/`, ...instrument };
}

/** One row of /api/countries.json. */
export function countryIndexRow(country: Country, instruments: Instrument[]) {
  return {
    code: country.code,
    name: country.name,
    region: country.region,
    centralAuthority: country.centralAuthority?.name ?? null,
    instruments: instrumentsOfState(instruments, country.code)
      .filter(({ state }) => state.status === 'party' || state.status === 'presumed-party')
      .map(({ instrument }) => instrument.id),
    lastVerified: country.lastVerified,
    url: `/countries/${country.code}/`,
    data: `/api/countries/${country.code}.json`,
  };
}
