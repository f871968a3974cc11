package perfdecl.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import perfdecl.model.Declaration;

/**
 * One item of a declaration's list (a budget item, an indicator, a finding) with the declaration's id and its
 * 1-based position in that list.
 */
public record Entry<T>(Declaration declaration, int position, T item) {

    public String id() {
        return declaration.id();
    }

    /** The confidence recorded for this item's field path, {@code null} for born-digital text. */
    public Double confidence(String path) {
        return DeclarationTables.confidence(declaration, path);
    }

    /** Every item of every declaration, declaration by declaration, each list in its own order. */
    public static <T> List<Entry<T>> of(List<Declaration> declarations, Function<Declaration, List<T>> items) {
        var entries = new ArrayList<Entry<T>>();
        for (Declaration declaration : declarations) {
            List<T> list = items.apply(declaration);
            for (int i = 0; i < list.size(); i++) {
                entries.add(new Entry<>(declaration, i + 1, list.get(i)));
            }
        }
        return entries;
    }
}
