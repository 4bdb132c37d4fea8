package org.summitcoverage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The recorded floors of the evaluation figures: a figure may not drop more than {@link #TOLERANCE} below its floor. */
public final class Floors {
    public static final double TOLERANCE = 0.02;

    private Floors() {
    }

    /** The figures below their floor, described; empty when all hold. A floor with no figure is reported too. */
    public static List<String> check(Path floorFile, Map<String, Double> figures) throws IOException {
        JsonNode floors = new ObjectMapper().readTree(floorFile.toFile()).path("floors");
        List<String> below = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = floors.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            Double actual = figures.get(f.getKey());
            double floor = f.getValue().asDouble();
            if (actual == null) {
                below.add(f.getKey() + ": no such figure");
            } else if (actual < floor - TOLERANCE) {
                below.add(String.format(Locale.ROOT, "%s = %.3f < floor %.3f - %.2f", f.getKey(), actual, floor, TOLERANCE));
            }
        }
        return below;
    }
}
