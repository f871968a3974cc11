package perfdecl.model;

import java.util.List;

/** The budget block, in whole yuan; {@code items} is 项目当年投入资金构成 in filing order. */
public record Budget(Long total, Long currentYear, Long priorYearBudget, Long priorYearExecuted, List<Item> items) {

    public Budget {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** One 子项目 line; {@code amount} is {@code null} when it was blank or unreadable. */
    public record Item(String name, Long amount) {
    }
}
