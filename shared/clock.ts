/** The current time, injectable so tests and the browser suite can pin "now". */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
