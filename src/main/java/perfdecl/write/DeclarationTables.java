package perfdecl.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Indicator;
import perfdecl.model.Period;
import perfdecl.model.Provenance;
import perfdecl.model.Source;
import perfdecl.model.Target;
import perfdecl.model.Texts;
import perfdecl.model.Unit;

/**
 * The contract's four tables over a list of declarations — {@code declarations}, {@code budget_items},
 * {@code indicators}, {@code findings} — with their columns, shared by the CSV writers and the workbook.
 * A missing part (no budget, no target) gives empty cells; {@code position} is 1-based.
 */
public final class DeclarationTables {

    public static final String DECLARATIONS = "declarations";
    public static final String BUDGET_ITEMS = "budget_items";
    public static final String INDICATORS = "indicators";
    public static final String FINDINGS = "findings";

    private static final List<Column<Declaration>> DECLARATION_COLUMNS = List.of(
            Column.of("id", Declaration::id),
            Column.of("source.file", d -> in(d.source(), Source::file)),
            Column.of("source.sha256", d -> in(d.source(), Source::sha256)),
            Column.of("source.formIndex", d -> in(d.source(), Source::formIndex)),
            Column.of("source.firstPage", d -> page(d.source(), 0)),
            Column.of("source.lastPage", d -> page(d.source(), 1)),
            Column.of("source.inputKind", d -> in(d.source(), Source::inputKind)),
            Column.of("title", Declaration::title),
            Column.of("year", Declaration::year),
            Column.of("unit.name", d -> in(d.unit(), Unit::name)),
            Column.of("unit.sealed", d -> in(d.unit(), Unit::sealed)),
            Column.of("projectName", Declaration::projectName),
            Column.of("projectLead", Declaration::projectLead),
            Column.of("contactPerson", Declaration::contactPerson),
            Column.of("contactPhone", Declaration::contactPhone),
            Column.of("projectType.selected", d -> selected(d.projectType())),
            Column.of("projectType.status", d -> in(d.projectType(), ChoiceGroup::status)),
            Column.of("fundUse.selected", d -> selected(d.fundUse())),
            Column.of("fundUse.status", d -> in(d.fundUse(), ChoiceGroup::status)),
            Column.of("period.start", d -> date(in(d.period(), Period::start))),
            Column.of("period.end", d -> date(in(d.period(), Period::end))),
            Column.of("period.startRaw", d -> in(d.period(), Period::startRaw)),
            Column.of("period.endRaw", d -> in(d.period(), Period::endRaw)),
            Column.of("texts.overview", d -> in(d.texts(), Texts::overview)),
            Column.of("texts.basis", d -> in(d.texts(), Texts::basis)),
            Column.of("texts.necessity", d -> in(d.texts(), Texts::necessity)),
            Column.of("texts.safeguards", d -> in(d.texts(), Texts::safeguards)),
            Column.of("texts.implementationPlan", d -> in(d.texts(), Texts::implementationPlan)),
            Column.of("texts.overallGoal", d -> in(d.texts(), Texts::overallGoal)),
            Column.of("texts.annualGoal", d -> in(d.texts(), Texts::annualGoal)),
            Column.of("texts.remarks", d -> in(d.texts(), Texts::remarks)),
            Column.amount("budget.total", d -> in(d.budget(), Budget::total)),
            Column.amount("budget.currentYear", d -> in(d.budget(), Budget::currentYear)),
            Column.amount("budget.priorYearBudget", d -> in(d.budget(), Budget::priorYearBudget)),
            Column.amount("budget.priorYearExecuted", d -> in(d.budget(), Budget::priorYearExecuted)),
            Column.of("findings", d -> d.findings().size()),
            // read from a scan: the lowest confidence behind the group's marks / the four amounts; blank otherwise
            Column.of("projectType.confidence", d -> confidence(d, "projectType")),
            Column.of("fundUse.confidence", d -> confidence(d, "fundUse")),
            Column.of("budget.confidence", d -> confidence(d, "budget.total", "budget.currentYear",
                    "budget.priorYearBudget", "budget.priorYearExecuted")),
            // schema 1.1, appended so that earlier columns keep their place; empty where a form generation lacks them
            Column.of("template", Declaration::template),
            Column.of("department", Declaration::department),
            Column.of("projectNature", Declaration::projectNature),
            Column.of("projectCategory", Declaration::projectCategory),
            Column.amount("budget.fiscalFunds", d -> in(d.budget(), Budget::fiscalFunds)),
            Column.amount("budget.currentYearAppropriation", d -> in(d.budget(), Budget::currentYearAppropriation)),
            Column.amount("budget.otherFunds", d -> in(d.budget(), Budget::otherFunds)),
            Column.of("budget.fen.total", d -> fen(d, Budget.Fen::total)),
            Column.of("budget.fen.currentYear", d -> fen(d, Budget.Fen::currentYear)),
            Column.of("budget.fen.fiscalFunds", d -> fen(d, Budget.Fen::fiscalFunds)),
            Column.of("budget.fen.currentYearAppropriation", d -> fen(d, Budget.Fen::currentYearAppropriation)),
            Column.of("budget.fen.otherFunds", d -> fen(d, Budget.Fen::otherFunds)),
            // appended later still (上年结转资金): the columns before keep their place
            Column.amount("budget.carryOver", d -> in(d.budget(), Budget::carryOver)),
            Column.of("budget.fen.carryOver", d -> fen(d, Budget.Fen::carryOver)));

    private static Long fen(Declaration d, java.util.function.Function<Budget.Fen, Long> amount) {
        return d.budget() == null || d.budget().fen() == null ? null : amount.apply(d.budget().fen());
    }

    private static final List<Column<Entry<Budget.Item>>> BUDGET_ITEM_COLUMNS = List.of(
            Column.of("id", Entry::id),
            Column.of("position", Entry::position),
            Column.of("name", e -> e.item().name()),
            Column.amount("amount", e -> e.item().amount()),
            Column.of("confidence", e -> e.confidence("budget.items[" + (e.position() - 1) + "]")));

    private static final List<Column<Entry<Indicator>>> INDICATOR_COLUMNS = List.of(
            Column.of("id", Entry::id),
            Column.of("position", Entry::position),
            Column.of("level1", e -> e.item().level1()),
            Column.of("level2", e -> e.item().level2()),
            Column.of("level3", e -> e.item().level3()),
            Column.of("target.raw", e -> in(e.item().target(), Target::raw)),
            Column.of("target.operator", e -> in(e.item().target(), Target::operator)),
            Column.of("target.value", e -> in(e.item().target(), Target::value)),
            Column.of("target.unit", e -> in(e.item().target(), Target::unit)),
            Column.of("target.qualitative", e -> in(e.item().target(), Target::qualitative)),
            // schema 1.2, appended: the national form's term blocks and extra columns, empty on other forms
            Column.of("term", e -> e.item().term()),
            Column.of("nature", e -> e.item().nature()),
            Column.of("direction", e -> e.item().direction()),
            Column.of("score", e -> e.item().score()));

    private static List<Column<Entry<Finding>>> findingColumns(FindingMessages messages) {
        return List.of(
                Column.of("id", Entry::id),
                Column.of("code", e -> e.item().code()),
                Column.of("severity", e -> e.item().severity()),
                Column.of("field", e -> e.item().field()),
                Column.of("message", e -> messages.message(e.item())),
                Column.of("expected", e -> scalarOrJson(e.item().expected())),
                Column.of("actual", e -> scalarOrJson(e.item().actual())),
                // an extension: who answered the finding in review, blank while it is open
                Column.of("resolvedBy", e -> e.item().answered() ? orEmpty(e.item().resolvedBy()) : null));
    }

    private DeclarationTables() {
    }

    /** One row per declaration, the scalar fields flattened with dotted names. */
    public static SheetSpec<Declaration> declarations(List<Declaration> declarations) {
        return new SheetSpec<>(DECLARATIONS, declarations, DECLARATION_COLUMNS);
    }

    /** {@code id, position, name, amount}. */
    public static SheetSpec<Entry<Budget.Item>> budgetItems(List<Declaration> declarations) {
        return new SheetSpec<>(BUDGET_ITEMS,
                Entry.of(declarations, d -> d.budget() == null ? List.of() : d.budget().items()), BUDGET_ITEM_COLUMNS);
    }

    /** {@code id, position, level1, level2, level3, target.*}. */
    public static SheetSpec<Entry<Indicator>> indicators(List<Declaration> declarations) {
        return new SheetSpec<>(INDICATORS, Entry.of(declarations, Declaration::indicators), INDICATOR_COLUMNS);
    }

    /** {@link #findings(List, Language)} in Chinese. */
    public static SheetSpec<Entry<Finding>> findings(List<Declaration> declarations) {
        return findings(declarations, Language.ZH);
    }

    /**
     * {@code id, code, severity, field, message, expected, actual, resolvedBy}; the message the catalogue's sentence in
     * {@code language} (the JSON keeps the finding's own); a value other than text or a number as compact JSON.
     */
    public static SheetSpec<Entry<Finding>> findings(List<Declaration> declarations, Language language) {
        return new SheetSpec<>(FINDINGS, Entry.of(declarations, Declaration::findings),
                findingColumns(FindingMessages.of(language)));
    }

    /** {@link #all(List, Language)} in Chinese. */
    public static List<SheetSpec<?>> all(List<Declaration> declarations) {
        return all(declarations, Language.ZH);
    }

    /** The four tables in the contract's order, the findings' messages in {@code language}. */
    public static List<SheetSpec<?>> all(List<Declaration> declarations, Language language) {
        return List.of(declarations(declarations), budgetItems(declarations), indicators(declarations),
                findings(declarations, language));
    }

    /** The lowest confidence recorded for the field paths that equal or start with one of {@code prefixes}. */
    static Double confidence(Declaration d, String... prefixes) {
        Double low = null;
        for (var e : d.provenance().entrySet()) {
            for (String prefix : prefixes) {
                Provenance p = e.getValue();
                if ((e.getKey().equals(prefix) || e.getKey().startsWith(prefix + ".") || e.getKey().startsWith(prefix + "["))
                        && p.confidence() != null) {
                    low = low == null ? p.confidence() : Math.min(low, p.confidence());
                }
            }
        }
        return low;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <P, V> V in(P part, Function<P, V> value) {
        return part == null ? null : value.apply(part);
    }

    private static Integer page(Source source, int index) {
        return source == null || source.pages() == null || source.pages().size() <= index
                ? null : source.pages().get(index);
    }

    private static String selected(ChoiceGroup group) {
        return group == null ? null : String.join(";", group.selected());
    }

    /** An ISO date becomes a date; anything else stays the text it was, so nothing is lost. */
    private static Object date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static Object scalarOrJson(Object value) {
        if (value == null || value instanceof String || value instanceof BigDecimal
                || value instanceof Long || value instanceof Integer) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(value.toString()) : value.toString();
        }
        try {
            return JsonFormat.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("finding value is not JSON: " + value, e);
        }
    }
}
