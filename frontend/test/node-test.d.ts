// The little of Node's test runner and assert the unit tests use (no @types/node needed).
declare module "node:test" {
  interface TestContext {
    mock: { timers: { enable(options: { apis: string[] }): void; tick(ms: number): void } };
  }
  export function test(name: string, fn: (t: TestContext) => void | Promise<void>): void;
}
declare function setImmediate(callback: () => void): unknown;
declare module "node:assert/strict" {
  interface Assert {
    (value: unknown, message?: string): asserts value;
    equal(actual: unknown, expected: unknown, message?: string): void;
    deepEqual(actual: unknown, expected: unknown, message?: string): void;
    ok(value: unknown, message?: string): asserts value;
    match(value: string, pattern: RegExp, message?: string): void;
  }
  const assert: Assert;
  export default assert;
}
