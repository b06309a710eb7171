/**
 * Imported keys are cached per credentials object, so the SK lives only as long as the object the
 * caller already holds; a changed SK on the same object re-imports.
 */
export function keyCache<K>(importKey: (sk: string) => K): (owner: object, sk: string) => K {
  const cache = new WeakMap<object, { sk: string; key: K }>();
  return (owner, sk) => {
    const hit = cache.get(owner);
    if (hit !== undefined && hit.sk === sk) return hit.key;
    const key = importKey(sk);
    cache.set(owner, { sk, key });
    return key;
  };
}
