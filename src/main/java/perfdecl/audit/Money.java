package perfdecl.audit;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formats whole yuan for finding messages: 40,000,000 元. */
final class Money {

    private Money() {
    }

    static String yuan(long amount) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount) + " 元";
    }
}
