package perfdecl.audit;

import java.util.List;
import perfdecl.model.AuditFinding;

/** One comparison of a project's filings in two consecutive years. */
interface CrossYearCheck {

    List<AuditFinding> check(FilingPair pair, AuditSettings settings);
}
