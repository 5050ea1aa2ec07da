package org.eduroadmap.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text file into text: UTF-8 with or without a byte order mark, UTF-16 LE or BE
 * with one, Windows-1251, KOI8-R.
 *
 * <p>A byte order mark decides. Without one, text that decodes as UTF-8 is UTF-8 (a Cyrillic text in a
 * single-byte encoding almost never does). Otherwise the single-byte Cyrillic encodings compete: the
 * detector (juniversalchardet) gives its guess, and Russian letter statistics decide — the detector is
 * unreliable on a few lines, and KOI8-R read as Windows-1251 (or back) gives letters of the wrong case
 * in improbable order, which the statistics see at once. Bytes that are none of these (control
 * characters, letters that are not Russian) are refused, naming the encodings tried.
 */
final class TextDecoding {

  private TextDecoding() {}

  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset KOI8_R = Charset.forName("KOI8-R");

  /** The encodings tried, in words, for the message of a file that is none of them. */
  static final String TRIED = "UTF-8, UTF-16 (BOM), Windows-1251, KOI8-R";

  private static final List<Charset> SINGLE_BYTE = List.of(WINDOWS_1251, KOI8_R);

  /** The text and the encoding it was read in. */
  record Decoded(String text, Charset charset) {}

  // Frequencies of Russian letters in ordinary prose, per ten thousand letters.
  private static final Map<Character, Integer> FREQUENCY = Map.ofEntries(
      Map.entry('о', 1097), Map.entry('е', 845), Map.entry('а', 801), Map.entry('и', 735), Map.entry('н', 670),
      Map.entry('т', 626), Map.entry('с', 547), Map.entry('р', 473), Map.entry('в', 454), Map.entry('л', 440),
      Map.entry('к', 349), Map.entry('м', 321), Map.entry('д', 298), Map.entry('п', 281), Map.entry('у', 262),
      Map.entry('я', 201), Map.entry('ы', 190), Map.entry('ь', 174), Map.entry('г', 170), Map.entry('з', 165),
      Map.entry('б', 159), Map.entry('ч', 144), Map.entry('й', 121), Map.entry('х', 97), Map.entry('ж', 94),
      Map.entry('ш', 73), Map.entry('ю', 64), Map.entry('ц', 48), Map.entry('щ', 36), Map.entry('э', 32),
      Map.entry('ф', 26), Map.entry('ъ', 4), Map.entry('ё', 4));

  /**
   * Decodes {@code bytes}, the content of the file {@code fileName} (named in the error).
   *
   * @throws RoadmapDocumentException if the bytes are not text in any of the encodings read
   */
  static Decoded decode(byte[] bytes, String fileName) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return checked(strict(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, fileName);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return checked(strict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, fileName);
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return checked(strict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, fileName);
    }
    Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return checked(utf8, StandardCharsets.UTF_8, fileName);
    }
    Charset best = null;
    String bestText = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    Optional<Charset> guess = detectorGuess(bytes);
    for (Charset cs : SINGLE_BYTE) {
      Optional<String> text = strict(bytes, 0, cs);
      if (text.isEmpty()) {
        continue;
      }
      // The detector's guess breaks a near tie only: on a short text its statistics say little.
      double score = russianScore(text.get()) + (guess.filter(cs::equals).isPresent() ? 1.0 : 0.0);
      if (score > bestScore) {
        best = cs;
        bestText = text.get();
        bestScore = score;
      }
    }
    if (best == null || !looksLikeRussianText(bestText)) {
      throw undecodable(fileName);
    }
    return new Decoded(bestText, best);
  }

  private static Decoded checked(Optional<String> text, Charset cs, String fileName) {
    if (text.isEmpty() || !looksLikeRussianText(text.get())) {
      throw undecodable(fileName);
    }
    return new Decoded(text.get(), cs);
  }

  private static Optional<Charset> detectorGuess(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return Optional.empty();
    }
    return SINGLE_BYTE.stream().filter(cs -> cs.name().equalsIgnoreCase(name) || cs.aliases().stream()
        .anyMatch(a -> a.equalsIgnoreCase(name))).findFirst();
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset cs) {
    try {
      CharBuffer chars = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * How Russian the text reads: a frequent letter scores more than a rare one, a capital inside a
   * word or a character that is neither a letter nor usual punctuation costs. Per character, so texts
   * of different lengths compare.
   */
  static double russianScore(String text) {
    double score = 0;
    char previous = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        previous = c;
        continue;
      }
      if (isCyrillic(c)) {
        char lower = Character.toLowerCase(c);
        Integer f = FREQUENCY.get(lower);
        score += f == null ? -6 : Math.log(f / 10000.0);
        if (Character.isUpperCase(c) && isCyrillic(previous) && Character.isLowerCase(previous)) {
          score -= 6;
        }
      } else if (!isUsualPunctuation(c)) {
        score -= 12;
      }
      previous = c;
    }
    return score;
  }

  /**
   * Whether decoded text is text at all: few control characters, and the characters beyond ASCII
   * mostly Russian letters or usual punctuation.
   */
  static boolean looksLikeRussianText(String text) {
    int control = 0;
    int high = 0;
    int usual = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      } else if (c >= 0x80) {
        high++;
        if (isCyrillic(c) || isUsualPunctuation(c) || Character.isLetter(c) && c < 0x250) {
          usual++;
        }
      }
    }
    return control <= text.length() / 200 && (high == 0 || usual >= high * 0.9);
  }

  private static boolean isCyrillic(char c) {
    return c >= 'А' && c <= 'я' || c == 'Ё' || c == 'ё';
  }

  private static boolean isUsualPunctuation(char c) {
    return "«»—–№…‘’“”„•·°\u00A0\uFEFF\u200B§±×−".indexOf(c) >= 0;
  }

  private static RoadmapDocumentException undecodable(String fileName) {
    return RoadmapDocumentException.undecodable(fileName, TRIED);
  }
}
