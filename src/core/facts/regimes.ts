// Reader-facing names of the sanction and designation regimes the dataset records.
const REGIME_LABELS: Record<string, string> = {
  'UN-1988': "UN Security Council's Taliban sanctions list (resolution 1988)",
  'UN-1267': "UN Security Council's ISIL (Da'esh) and Al-Qaida sanctions list (resolution 1267)",
  'US-FTO': 'US Foreign Terrorist Organization list',
  'US-SDGT': 'US Specially Designated Global Terrorist list',
  'US-EO14024': 'US sanctions list for Russia (Executive Order 14024)',
  'RU-TERRORIST': 'Russian list of terrorist organisations',
  // OFAC's program tags, as OFAC and sanctions lawyers explain them: ofac.treasury.gov/faqs/182
  // (IRAN, IFSR, NPWMD), sanctionsexpert.com/counter-narcotics-trafficking-sanct (SDNT, SDNTK),
  // ecscreening.com "Know Your Sanctions Lists - The SDN List" (BALKANS, BELARUS, CAATSA - RUSSIA,
  // CAR, CUBA), steptoe.com "Whither the Iranian SDNs" (IFCA, IRAN-TRA); all read 2026-12-03.
  'US-IRAN': 'US sanctions list for the Government of Iran and Iranian financial institutions',
  'US-IFSR': 'US Iranian Financial Sanctions Regulations list',
  'US-NPWMD': 'US list of weapons of mass destruction proliferators',
  'US-SDNT': 'US list of narcotics traffickers centred in Colombia (Executive Order 12978)',
  'US-SDNTK': 'US Foreign Narcotics Kingpin sanctions list',
  'US-BALKANS': 'US Western Balkans sanctions list',
  'US-BELARUS': 'US sanctions list for Belarus',
  'US-CAATSA - RUSSIA': 'US sanctions list for Russia under the 2017 CAATSA law',
  'US-CAR': 'US sanctions list for the Central African Republic',
  'US-CUBA': 'US Cuban Assets Control list',
  'US-IFCA': 'US Iran Freedom and Counter-Proliferation Act list',
  'US-IRAN-TRA': 'US Iran Threat Reduction and Syria Human Rights Act list',
};

/** The places the UN Security Council's other sanctions lists concern, by the list's own type. */
const UN_LIST_PLACES: Record<string, string> = {
  CAR: 'the Central African Republic',
  DPRK: 'North Korea',
  DRC: 'the Democratic Republic of the Congo',
  GB: 'Guinea-Bissau',
  SouthSudan: 'South Sudan',
};

export function regimeLabel(regime: string): string {
  const known = REGIME_LABELS[regime];
  if (known) return known;
  // The US Treasury's other programmes and the UN's other lists are named as the lists tag them.
  if (regime.startsWith('US-')) return `US Treasury sanctions list (programme ${regime.slice(3)})`;
  if (regime.startsWith('UN-')) {
    const type = regime.slice(3);
    return `UN Security Council's sanctions list on ${UN_LIST_PLACES[type] ?? type}`;
  }
  return regime;
}
