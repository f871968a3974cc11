package perfdecl.write;

import java.util.Locale;

/** The language of messages, headings and code descriptions: Chinese by default, English on request. */
public enum Language {
    ZH("zh", "zh-CN"),
    EN("en", "en");

    private final String tag;
    private final String htmlLang;

    Language(String tag, String htmlLang) {
        this.tag = tag;
        this.htmlLang = htmlLang;
    }

    /** {@code zh} or {@code en}. */
    public String tag() {
        return tag;
    }

    String htmlLang() {
        return htmlLang;
    }

    /**
     * @throws IllegalArgumentException naming the languages there are, when {@code tag} is none of them
     */
    public static Language of(String tag) {
        String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.tag.equals(t) || l.htmlLang.equalsIgnoreCase(t)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + tag + "\" (zh or en)");
    }
}
