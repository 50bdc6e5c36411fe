/**
 * A plain copy of data that came in as an island's props. Astro hands an island its props as deep
 * reactive state, so every read of them goes through a proxy; fixed data such as the assessment
 * model is read through a copy instead (a team of 10,000 reads the model millions of times).
 * Only for JSON data: anything else (dates, maps, functions) does not survive the copy.
 */
export function plainCopy<T>(data: T): T {
  return JSON.parse(JSON.stringify(data)) as T;
}
