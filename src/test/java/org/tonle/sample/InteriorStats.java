package org.tonle.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Ministry of Interior's January 2026 figures: they agree with the detailed feeds for every
 * nationality but one (Thailand, deported: 9 published, 8 in the registers).
 */
final class InteriorStats {

    private InteriorStats() {
    }

    static void write(Path dir) throws IOException {
        Set<String> nationalities = new TreeSet<>(Figures.DEPORTED_JAN.keySet());
        nationalities.addAll(Figures.ARRESTED_JAN.keySet());
        List<String> lines = new ArrayList<>(List.of("Period,Nationality,Arrested,Deported,Victims rescued"));
        for (String iso3 : nationalities) {
            int deported = Figures.DEPORTED_JAN.getOrDefault(iso3, 0) + (iso3.equals("THA") ? 1 : 0);
            // the month and the nationality written the ways the ministry's staff write them
            String period = switch (iso3) {
                case "CHN", "MYS" -> "January 2026";
                case "VNM", "LAO" -> "01/2026";
                default -> "2026-01";
            };
            String written = switch (iso3) {
                case "VNM" -> "Viet Nam";
                case "LAO" -> "Lao PDR";
                case "MYS" -> "Malaysia";
                case "BGD" -> "Bangladesh";
                default -> iso3;
            };
            lines.add(String.join(",", period, written, String.valueOf(Figures.ARRESTED_JAN.getOrDefault(iso3, 0)),
                    String.valueOf(deported), String.valueOf(Figures.RESCUED_JAN.getOrDefault(iso3, 0))));
        }
        SampleInbox.csv(dir.resolve("moi-monthly-2026-01.csv"), lines);
    }
}
