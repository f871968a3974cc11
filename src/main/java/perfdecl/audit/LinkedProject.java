package perfdecl.audit;

import java.util.List;

/** The filings judged to be one project, ordered by year (unknown years last), then by id. */
record LinkedProject(String key, List<FiledForm> members, double similarity, double unitSimilarity) {
}
