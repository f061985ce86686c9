/** The slice of autocannon's programmatic API the load run uses (the package ships no types). */
declare module "autocannon" {
  type Headers = Record<string, string>;
  export type Request = {
    method?: string;
    path?: string;
    headers?: Headers;
    body?: string;
  };
  export type RequestStep = Request & {
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Headers) => void;
  };
  export type Options = {
    /** Several: connection i goes to url i mod n. */
    url: string | string[];
    connections?: number;
    duration?: number;
    timeout?: number;
    pipelining?: number;
    requests?: RequestStep[];
    initialContext?: Record<string, unknown>;
  };
  export type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; total: number } & Record<
    `p${string}`,
    number
  >;
  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram & { sent: number };
  };
  /** A run in progress: a promise of its result that can be stopped early (it then resolves with what it did). */
  function autocannon(options: Options): Promise<Result> & { stop(): void };
  export default autocannon;
}
