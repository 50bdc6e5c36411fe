/**
 * The site's vocabulary, in one place: the order of the chain, levels, roles, modes, answers, the
 * keys under which the browser keeps things, and every sentence that tells a user something went
 * wrong. Constants only, free of any library, so islands can import them without schema code.
 * Every other module imports from here rather than spelling these out again. The files behind
 * this index group the words by where they are needed, so a page loads only the groups it uses.
 */

export * from './change';
export * from './change-notices';
export * from './history-file';
export * from './keys';
export * from './links';
export * from './notices';
export * from './plays';
export * from './refusals';
export * from './team';
export * from './words';
