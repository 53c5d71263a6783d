// What a role's title says about the office, for the linker and the facts alike.

/** The titles the sources give a country's head of state or government. */
export const HEAD_TITLES = 'president|prime minister|premier|chancellor|federal chancellor|king|queen|emir';

/** A head's bare title: "Premier of Ontario" is a province's, "President of the Senate" a chamber's. */
export const HEAD_OF_COUNTRY = new RegExp(`^(?:${HEAD_TITLES}|president of the republic)$`, 'i');
