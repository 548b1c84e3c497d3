/** A country's flag emoji from its ISO 3166-1 alpha-2 code (two regional indicator letters); "" when the code is not two letters. */
export function flagEmoji(code: string | undefined): string {
  if (!code || !/^[a-z]{2}$/i.test(code)) return "";
  const base = 0x1f1e6;
  const upper = code.toUpperCase();
  return String.fromCodePoint(base + upper.charCodeAt(0) - 65, base + upper.charCodeAt(1) - 65);
}
