package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character-by-character majority vote among several readings of one cell (the page's own reading and the
 * re-reads of its enlargements), in the manner of ROVER: every reading is aligned to a backbone reading by edit
 * distance, and at each place the character most readings agree on stands; a character only a minority read is
 * dropped, one a majority read in addition is inserted. Ties keep the backbone's character, so two readings that
 * disagree with no third to decide leave the backbone as it is.
 */
final class ScanVote {

    private ScanVote() {
    }

    /** The voted text; {@code backbone} itself when fewer than three readings vote. */
    static String vote(String backbone, List<String> others) {
        if (others.size() < 2) {
            return backbone;
        }
        int n = backbone.length();
        int voters = others.size() + 1;
        // per backbone place: the votes for each character ("" for none); per gap before place i: insertions
        List<Map<String, Integer>> at = new ArrayList<>();
        List<Map<String, Integer>> before = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            Map<String, Integer> own = new HashMap<>();
            if (i < n) {
                own.put(String.valueOf(backbone.charAt(i)), 1);
            }
            at.add(own);
            before.add(new HashMap<>());
        }
        for (String other : others) {
            String[] aligned = new String[n];
            String[] inserted = new String[n + 1];
            align(backbone, other, aligned, inserted);
            for (int i = 0; i <= n; i++) {
                if (i < n) {
                    at.get(i).merge(aligned[i], 1, Integer::sum);
                }
                if (!inserted[i].isEmpty()) {
                    before.get(i).merge(inserted[i], 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= n; i++) {
            before.get(i).forEach((s, votes) -> {
                if (2 * votes > voters) {
                    out.append(s);
                }
            });
            if (i == n) {
                break;
            }
            String own = String.valueOf(backbone.charAt(i));
            String best = own;
            int bestVotes = at.get(i).get(own);
            for (Map.Entry<String, Integer> e : at.get(i).entrySet()) {
                if (e.getValue() > bestVotes) {
                    best = e.getKey();
                    bestVotes = e.getValue();
                }
            }
            out.append(best);
        }
        return out.toString();
    }

    /**
     * Aligns {@code other} to {@code backbone} by edit distance: {@code aligned[i]} is the character standing at
     * backbone place i ("" where it has none), {@code inserted[i]} what it has in addition before place i.
     */
    private static void align(String backbone, String other, String[] aligned, String[] inserted) {
        int n = backbone.length(), m = other.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (backbone.charAt(i - 1) == other.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        StringBuilder[] ins = new StringBuilder[n + 1];
        for (int i = 0; i <= n; i++) {
            ins[i] = new StringBuilder();
        }
        int i = n, j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1]
                    + (backbone.charAt(i - 1) == other.charAt(j - 1) ? 0 : 1)) {
                aligned[i - 1] = String.valueOf(other.charAt(j - 1));
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                aligned[i - 1] = "";
                i--;
            } else {
                ins[i].insert(0, other.charAt(j - 1));
                j--;
            }
        }
        for (int k = 0; k <= n; k++) {
            inserted[k] = ins[k].toString();
        }
    }
}
