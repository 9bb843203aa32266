import { NETWORK_CHOICES, type NetworkChoice, type NetworkValues, type OrgOptions } from './options';

/**
 * How a console spells and orders its network choices (the org's `networkValues`, `networkOrder` and
 * `networkOffersAnyIp`): Okta's own enum names, other enum names, or numeric ids, so that tests meet consoles
 * whose option values are in no table of the extension's. The server decodes what the console posts with the
 * same spelling, so a created token records the choice as Okta received it.
 */

const SPELLINGS: Record<NetworkValues, Record<NetworkChoice, string>> = {
  okta: {
    ANYWHERE: 'ANYWHERE',
    IN_ANY_ZONE: 'IN_ANY_ZONE',
    IN_ZONES: 'IN_ZONES',
    NOT_IN_ANY_ZONE: 'NOT_IN_ANY_ZONE',
    NOT_IN_ZONES: 'NOT_IN_ZONES',
  },
  'other-names': {
    ANYWHERE: 'ALL_ADDRESSES',
    IN_ANY_ZONE: 'ZONE_ANY',
    IN_ZONES: 'ZONE_LIST',
    NOT_IN_ANY_ZONE: 'ZONE_NONE',
    NOT_IN_ZONES: 'ZONE_EXCEPT',
  },
  // Ids in no order a guess would follow: Any IP is neither the first nor the smallest.
  numeric: { ANYWHERE: '40', IN_ANY_ZONE: '10', IN_ZONES: '20', NOT_IN_ANY_ZONE: '30', NOT_IN_ZONES: '50' },
};

export interface NetworkOption {
  choice: NetworkChoice;
  /** The option's value as this console spells it. */
  value: string;
}

type NetworkOptionsOf = Pick<OrgOptions, 'networkValues' | 'networkOrder' | 'networkOffersAnyIp'>;

/** The options this console offers, in its order. */
export function networkOptionsFor(options: NetworkOptionsOf): NetworkOption[] {
  const spelling = SPELLINGS[options.networkValues];
  const offered = NETWORK_CHOICES.filter((choice) => options.networkOffersAnyIp || choice !== 'ANYWHERE');
  const ordered =
    options.networkOrder === 'any-ip-last'
      ? [
          ...offered.filter((choice) => choice !== 'ANYWHERE'),
          ...offered.filter((choice) => choice === 'ANYWHERE'),
        ]
      : offered;
  return ordered.map((choice) => ({ choice, value: spelling[choice] }));
}

/** The choice the dialog opens with: the org's `networkDefault`, else (not offered) the first option. */
export function networkDefaultFor(
  options: NetworkOptionsOf & Pick<OrgOptions, 'networkDefault'>,
): NetworkChoice {
  const offered = networkOptionsFor(options);
  return offered.some((option) => option.choice === options.networkDefault)
    ? options.networkDefault
    : (offered[0]?.choice ?? 'IN_ANY_ZONE');
}

/** The choice a posted value means in this console's spelling, or null when it offers no such value. */
export function decodeNetwork(options: NetworkOptionsOf, value: unknown): NetworkChoice | null {
  return networkOptionsFor(options).find((option) => option.value === value)?.choice ?? null;
}
