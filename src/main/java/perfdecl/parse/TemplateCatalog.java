package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import perfdecl.grid.FormTitles;

/**
 * What the other stages need to know of the form generations, from the templates: the titles that start a form
 * (for the readers) and the fields each generation requires (for validation). The pipeline hands them over, so that
 * a later generation is still a data file.
 */
public final class TemplateCatalog {

    private static final String FULL_SH_2019_TITLE = "上海市财政支出项目绩效目标申报表";

    private TemplateCatalog() {
    }

    /** Every known generation's titles and title endings. */
    public static FormTitles titles() {
        List<String> titles = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        for (FormTemplate t : FormTemplates.all().templates()) {
            for (String title : t.titles()) {
                // the 2019 template names its title without the province printed before it; scans restore the whole
                String printed = FULL_SH_2019_TITLE.endsWith(title) ? FULL_SH_2019_TITLE : title;
                if (!titles.contains(printed)) {
                    titles.add(printed);
                }
            }
            if (!endings.contains(t.titleEnding())) {
                endings.add(t.titleEnding());
            }
        }
        return new FormTitles(titles, endings);
    }

    /** Template id to the fields its forms must fill ({@code unit}: 实施单位 or 主管部门). */
    public static Map<String, List<String>> requiredFields() {
        Map<String, List<String>> out = new TreeMap<>();
        for (FormTemplate t : FormTemplates.all().templates()) {
            out.put(t.id(), t.required());
        }
        return out;
    }
}
