package perfdecl.model;

import java.util.List;

/**
 * Every input of a run, in input order, and the totals over them; {@code interrupted}: what stopped the run before
 * it extracted every input (a signal's name), null for a run that went to its end.
 */
public record RunReport(List<InputReport> inputs, Totals totals, String interrupted) {

    public RunReport {
        inputs = List.copyOf(inputs);
    }

    public RunReport(List<InputReport> inputs, Totals totals) {
        this(inputs, totals, null);
    }

    /** This report of a run that {@code why} stopped before its end. */
    public RunReport interruptedBy(String why) {
        return new RunReport(inputs, totals, why);
    }

    public static RunReport of(List<InputReport> inputs) {
        int ok = 0, failed = 0, skipped = 0, partial = 0, forms = 0, formsFailed = 0, pagesFailed = 0;
        int pagesSkipped = 0;
        long ms = 0;
        for (InputReport r : inputs) {
            switch (r.status()) {
                case InputReport.OK -> ok++;
                case InputReport.PARTIAL -> partial++;
                case InputReport.FAILED -> failed++;
                default -> skipped++;
            }
            forms += r.forms();
            ms += r.ms();
            pagesFailed += r.pagesFailed().size();
            pagesSkipped += r.pagesSkipped().size();
            formsFailed += (int) r.formStatus().stream().filter(f -> !FormStatus.OK.equals(f.status())).count();
        }
        return new RunReport(inputs, new Totals(inputs.size(), ok, failed, skipped, forms, ms, partial, formsFailed,
                pagesFailed, pagesSkipped));
    }

    /**
     * Counts over all inputs of the run; {@code partial} inputs gave some of their forms, {@code formsFailed} counts
     * forms incomplete or failed, {@code pagesFailed} pages that could not be read, {@code pagesSkipped} pages read
     * and left out as part of no form (a budget disclosure's other tables, blank and separator pages).
     */
    public record Totals(int inputs, int ok, int failed, int skipped, int forms, long ms, int partial,
                         int formsFailed, int pagesFailed, int pagesSkipped) {

        /** Whether anything failed: a whole input, a form or a page. */
        public boolean anyFailure() {
            return failed > 0 || partial > 0 || formsFailed > 0 || pagesFailed > 0;
        }
    }
}
