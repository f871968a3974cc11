package perfdecl.model;

import java.util.List;

/** Every input of a run, in input order, and the totals over them. */
public record RunReport(List<InputReport> inputs, Totals totals) {

    public RunReport {
        inputs = List.copyOf(inputs);
    }

    public static RunReport of(List<InputReport> inputs) {
        int ok = 0, failed = 0, skipped = 0, forms = 0;
        long ms = 0;
        for (InputReport r : inputs) {
            switch (r.status()) {
                case InputReport.OK -> ok++;
                case InputReport.FAILED -> failed++;
                default -> skipped++;
            }
            forms += r.forms();
            ms += r.ms();
        }
        return new RunReport(inputs, new Totals(inputs.size(), ok, failed, skipped, forms, ms));
    }

    /** Counts over all inputs of the run. */
    public record Totals(int inputs, int ok, int failed, int skipped, int forms, long ms) {
    }
}
