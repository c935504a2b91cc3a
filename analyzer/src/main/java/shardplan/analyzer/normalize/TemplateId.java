package shardplan.analyzer.normalize;

/**
 * The stable id of a template: the 64-bit FNV-1a hash of its normalised text, as 16 hex digits.
 * The same text always gets the same id, on every machine and in every run.
 */
public final class TemplateId {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private TemplateId() {
  }

  public static String of(String text) {
    long h = OFFSET;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      h ^= c & 0xff;
      h *= PRIME;
      h ^= c >>> 8;
      h *= PRIME;
    }
    String hex = Long.toHexString(h);
    return "0".repeat(16 - hex.length()) + hex;
  }
}
