/**
 * Document members read past DOM clobbering: on a live page, `<form name="createRange">` or
 * `<img name="body">` shadow the document's own members with elements, in the content script's world too.
 * The real member still sits on the document's prototype chain, so it is looked up there.
 */

function lookup(target: object, name: string): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}

/** The value of a document getter such as `body` or `documentElement`, as the DOM defines it. */
export function docGet<K extends keyof Document>(doc: Document, name: K): Document[K] | undefined {
  const descriptor = lookup(doc, name as string);
  if (!descriptor) return undefined;
  if (descriptor.get) return descriptor.get.call(doc) as Document[K];
  // Some server-side DOMs keep plain data properties on the instance: those cannot be clobbered by markup.
  return (descriptor.value ?? (doc as unknown as Record<string, unknown>)[name as string]) as Document[K];
}

/** A node getter such as `parentNode`, past form controls that shadow it on a <form> (`<input name="parentNode">`). */
export function nodeGet<K extends keyof Node>(node: Node, name: K): Node[K] | undefined {
  const descriptor = lookup(node, name as string);
  if (descriptor?.get) return descriptor.get.call(node) as Node[K];
  return (node as Node)[name];
}

/** Calls a document method such as `createRange`; undefined when this DOM does not have it. */
export function docCall<K extends keyof Document>(
  doc: Document,
  name: K,
  ...args: Document[K] extends (...a: infer A) => unknown ? A : never
): (Document[K] extends (...a: never[]) => infer R ? R : never) | undefined {
  const descriptor = lookup(doc, name as string);
  const fn = descriptor?.value;
  if (typeof fn !== "function") return undefined;
  return fn.apply(doc, args);
}
