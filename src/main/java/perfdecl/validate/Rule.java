package perfdecl.validate;

import perfdecl.model.Declaration;
import perfdecl.model.Finding;

import java.util.List;

/** One check of a declaration: returns what it found, each with its evidence, or an empty list. */
public interface Rule {

    List<Finding> check(Declaration d);
}
