package perfdecl.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact person's value that ends in a telephone number: where a signature's stroke garbles the 联系电话 label
 * beside it, the label is no longer found, and the person's cell is read on into the number ("施雨婷系21-59992176":
 * the name, a character left of the label, the number). A name holds no digits, so the number is no part of it.
 */
final class PersonWithPhone {

    /**
     * A name (with what is left of the label after it), then a number of at least seven digits written as
     * telephone numbers are (an area code in brackets, dashes, 转 for an extension).
     */
    private static final Pattern RUN_ON =
            Pattern.compile("(\\D*[^\\d\\s:：(（])[\\s:：]*([(（]?\\d[\\d\\s\\-－—()（）转/]*\\d)");

    private static final int MIN_DIGITS = 7;
    /** A person's name: Chinese or Latin letters, spaces and a middle dot, no brackets or other words. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z·•.\\s]+");
    private static final Pattern STRAY = Pattern.compile("\\p{IsHan}\\s*([A-Za-z]{1,2})$");

    /** The name and the number read on after it, and what stood between them (kept out of both). */
    record Split(String person, String between, String phone) {
    }

    private PersonWithPhone() {
    }

    /**
     * The person's value split before its trailing telephone number; the characters of the label
     * ({@code phoneLabel}, 联系电话) and a colon standing between the name and the number go with neither.
     */
    static Optional<Split> of(String person, String phoneLabel) {
        if (person == null) {
            return Optional.empty();
        }
        Matcher m = RUN_ON.matcher(person.strip());
        if (!m.matches() || m.group(2).chars().filter(Character::isDigit).count() < MIN_DIGITS) {
            return Optional.empty();
        }
        String name = m.group(1).strip(), between = "";
        // a name ends in no character of the label: one read on before the number is part of what is left of it,
        // as are a Latin letter or two after a Chinese name (a stroke across the label read as one)
        Matcher stray = STRAY.matcher(name);
        if (stray.find()) {
            between = stray.group(1);
            name = name.substring(0, stray.start(1)).strip();
        }
        while (!name.isEmpty() && (phoneLabel + ":：").indexOf(name.charAt(name.length() - 1)) >= 0) {
            between = name.charAt(name.length() - 1) + between;
            name = name.substring(0, name.length() - 1).strip();
        }
        return NAME.matcher(name).matches() ? Optional.of(new Split(name, between, m.group(2).strip()))
                : Optional.empty();
    }
}
