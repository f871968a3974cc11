package perfdecl.model;

import java.util.List;

/**
 * The budget block, in whole yuan; {@code items} is 项目当年投入资金构成 in filing order.
 *
 * @param total                    项目总预算 (2019), 项目资金总额 (2025+), 实施期资金总额 (MoF)
 * @param currentYear              项目当年预算 (2019), 年度资金申请总额 (2025+), 年度资金总额 (MoF)
 * @param fiscalFunds              其中：财政资金 (2025+)
 * @param currentYearAppropriation 其中：当年财政拨款 (2025+), 其中：财政拨款 (MoF)
 * @param otherFunds               其他资金 (2025+, MoF)
 * @param carryOver                上年结转资金, 其中：上年结转 (2025+, MoF): the part of the year's funds carried over from
 *                                 the year before, where a form prints that row
 * @param fen                      the same amounts exactly, in fen (0.01 yuan), for forms that carry cents; an
 *                                 amount in yuan is rounded half up from it
 */
public record Budget(Long total, Long currentYear, Long fiscalFunds, Long currentYearAppropriation, Long otherFunds,
                     Long carryOver, Long priorYearBudget, Long priorYearExecuted, List<Item> items, Fen fen) {

    public Budget {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A budget of the 2019 form: no fund split, no exact amounts. */
    public Budget(Long total, Long currentYear, Long priorYearBudget, Long priorYearExecuted, List<Item> items) {
        this(total, currentYear, null, null, null, null, priorYearBudget, priorYearExecuted, items, null);
    }

    /** One 子项目 line; {@code amount} is {@code null} when it was blank or unreadable. */
    public record Item(String name, Long amount) {
    }

    /** The budget amounts as filed, in fen (1 yuan = 100 fen); {@code null} where the form has no such amount. */
    public record Fen(Long total, Long currentYear, Long fiscalFunds, Long currentYearAppropriation, Long otherFunds,
                      Long carryOver, Long priorYearBudget, Long priorYearExecuted) {
    }
}
