// The holiday calendar lives in @workroom/core (the service directory uses it too).
export * from '@workroom/core/holidays'
