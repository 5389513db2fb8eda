/**
 * The embedded demo store: a Klaviyo-compatible HTTP simulator on loopback serving the seven
 * operations of `shared/klaviyo/operations.ts`, with deterministic data relative to an injected clock,
 * rate limits and injectable faults. This file is the whole public surface.
 */
export { startSimulator, type RunningSimulator, type SimulatorOptions } from './start-simulator';
export { defaultScenario, demoKeys } from './default-scenario';
export { scenarioSchema, type Scenario, type ScenarioInput } from './scenario-schema';
export { type FaultOptions } from './faults';
export { type RecordedRequest } from './request-log';
export { keyHint } from './auth';
export { withheldActivity, type SimulatedStore, type WithheldActivity, type WithheldQuery } from './withheld-activity';
