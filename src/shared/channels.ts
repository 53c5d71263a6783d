// Channel tags of the two message contracts; kept apart from the schemas so the tiny content
// guard can name a channel without bundling zod.
export const BACKGROUND = 'backstory';
export const CONTENT = 'backstory-page';
