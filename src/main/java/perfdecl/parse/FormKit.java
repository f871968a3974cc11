package perfdecl.parse;

/** What reading one generation of the form takes, built once from its template. */
record FormKit(FormTemplate template, LabelMatcher labels, RunTogetherCells runTogether,
               IndicatorTableParser indicatorTable, LabelPairs pairs) {

    static FormKit of(FormTemplate t) {
        LabelMatcher labels = new LabelMatcher(t);
        return new FormKit(t, labels, new RunTogetherCells(labels),
                new IndicatorTableParser(new DimensionTaxonomy(t.indicators()), new TargetParser(), labels),
                new LabelPairs(labels));
    }
}
