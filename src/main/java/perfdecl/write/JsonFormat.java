package perfdecl.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Provenance;

/**
 * The one Jackson configuration behind every JSON this package writes or reads, so that what is written
 * reads back to an equal record.
 */
final class JsonFormat {

    /** Shared and thread-safe once built; nothing reconfigures it afterwards. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(Declaration.class, DeclarationMixIn.class)
            .addMixIn(Provenance.class, ProvenanceMixIn.class)
            .addMixIn(Finding.class, FindingMixIn.class)
            .addMixIn(perfdecl.model.Indicator.class, IndicatorMixIn.class)
            .addMixIn(perfdecl.model.Budget.class, CarryOverMixIn.class)
            .addMixIn(perfdecl.model.Budget.Fen.class, CarryOverMixIn.class)
            .addMixIn(perfdecl.model.RunReport.class, RunReportMixIn.class)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // Finding.expected/actual are untyped: money must come back as Long and 98.00 as 98.00
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            // truth files carry expectedFindings and render next to the contract's keys
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Two-space indent, "\n" line ends, {@code "key": value} and {@code []} as Python's json.dumps writes them. */
    static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonFormat() {
    }

    /** run.json names what interrupted a run only when something did. */
    abstract static class RunReportMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String interrupted();
    }

    /** Adds to the annotation-free model what the contract asks of its JSON. */
    abstract static class DeclarationMixIn {
        // absent from the contract's own JSON and from earlier output without positions
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonSetter(nulls = Nulls.AS_EMPTY)
        abstract Map<String, Provenance> provenance();
    }

    /** A review's marks are written only where a person made them, so output without review is unchanged. */
    abstract static class ProvenanceMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Boolean corrected();

        // absent on a corrected value means null: the field was blank before, or was cleared
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Object before();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Object after();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String reviewer();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String at();
    }

    /** The national form's indicator columns appear only where a form filed them, so other output is unchanged. */
    abstract static class IndicatorMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String term();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String nature();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String direction();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.math.BigDecimal score();
    }

    /** 上年结转资金 appears only where a form files that row, so other output is unchanged. */
    abstract static class CarryOverMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Long carryOver();
    }

    /** {@code resolved} and {@code resolvedBy} appear only on a finding a review answered. */
    abstract static class FindingMixIn {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Boolean resolved();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String resolvedBy();
    }
}
