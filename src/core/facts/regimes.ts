// Reader-facing names of the sanction and designation regimes the dataset records.
const REGIME_LABELS: Record<string, string> = {
  'UN-1988': "UN Security Council's Taliban sanctions list (resolution 1988)",
  'UN-1267': "UN Security Council's ISIL (Da'esh) and Al-Qaida sanctions list (resolution 1267)",
  'US-FTO': 'US Foreign Terrorist Organization list',
  'US-SDGT': 'US Specially Designated Global Terrorist list',
  'US-EO14024': 'US sanctions list for Russia (Executive Order 14024)',
  'RU-TERRORIST': 'Russian list of terrorist organisations',
};

export function regimeLabel(regime: string): string {
  return REGIME_LABELS[regime] ?? regime;
}
