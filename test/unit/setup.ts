// One place for what jsdom and Node lack (see ../shared/notes/browsers.md): tests stay free of
// per-file global mocks.
export {};
