package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Sorted coordinates with near-equal ones (within a tolerance) merged: the edges of a ruled grid. */
record Positions(List<Double> values, double tolerance) {

    Positions {
        values = List.copyOf(values);
    }

    static Positions of(Collection<Double> raw, double tolerance) {
        List<Double> sorted = new ArrayList<>(raw);
        sorted.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int n = 0;
        for (double v : sorted) {
            if (n > 0 && v - sum / n > tolerance) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += v;
            n++;
        }
        if (n > 0) {
            out.add(sum / n);
        }
        return new Positions(out, tolerance);
    }

    /** Index of the position nearest to {@code v}. */
    int indexOf(double v) {
        int best = 0;
        double bestDist = Double.MAX_VALUE;
        for (int i = 0; i < values.size(); i++) {
            double d = Math.abs(values.get(i) - v);
            if (d < bestDist) {
                bestDist = d;
                best = i;
            }
        }
        return best;
    }

    int size() {
        return values.size();
    }

    double get(int i) {
        return values.get(i);
    }
}
