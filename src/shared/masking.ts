/** Masks a personal name, keeping the family name: 张三丰 → 张**. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? "*" : chars[0] + "*".repeat(chars.length - 1);
}

/** Masks an identity number, keeping the region prefix and the last four: 4101**********1234. */
export function maskIdNumber(id: string): string {
  return id.length <= 8 ? "*".repeat(id.length) : `${id.slice(0, 4)}${"*".repeat(id.length - 8)}${id.slice(-4)}`;
}
