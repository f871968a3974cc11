package perfdecl.parse;

import perfdecl.model.Target;

/**
 * The parsers extraction reads amounts and targets with, for a value a person types in review: the same text
 * gives the same value as if it had been filed.
 */
public final class ValueParsers {

    private static final AmountParser AMOUNTS = new AmountParser();
    private static final TargetParser TARGETS = new TargetParser();

    private ValueParsers() {
    }

    /**
     * Whole yuan from an amount as a person would file it ("87,076", "8.7万", "１２３"); throws
     * {@link IllegalArgumentException} with the reason when the text is blank, not a number or has a fraction of a
     * yuan.
     */
    public static long amount(String text) {
        AmountParser.Amount a = AMOUNTS.parse(text, false);
        if (a.problem() != null) {
            throw new IllegalArgumentException(a.problem());
        }
        if (a.value() == null) {
            throw new IllegalArgumentException("no amount in \"" + (text == null ? "" : text.strip()) + "\"");
        }
        return a.value();
    }

    /** A 指标目标值 parsed as extraction parses a filed one. */
    public static Target target(String raw) {
        return TARGETS.parse(raw);
    }
}
