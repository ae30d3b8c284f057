export { createController } from "./controller";
export type { CheckRequest, Controller, ControllerOptions, FillRequest, ReadResult } from "./controller";
