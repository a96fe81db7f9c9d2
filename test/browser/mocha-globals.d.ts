// The mocha globals @web/test-runner provides; @types/mocha is not installed here,
// so `npm run lint` needs these few declarations.
type MochaDone = (error?: unknown) => void;
type MochaFn = (this: unknown, done: MochaDone) => void | Promise<unknown>;
declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn: MochaFn | (() => void | Promise<unknown>)): void;
declare function before(fn: MochaFn | (() => void | Promise<unknown>)): void;
declare function after(fn: MochaFn | (() => void | Promise<unknown>)): void;
declare function beforeEach(fn: MochaFn | (() => void | Promise<unknown>)): void;
declare function afterEach(fn: MochaFn | (() => void | Promise<unknown>)): void;
