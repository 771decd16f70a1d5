package io.calendarsync.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names people write for time zones that are not IANA names, each with the IANA zone to use instead:
 * common abbreviations and Windows zone names. The Windows entries follow the territory "001" rows of the
 * Unicode CLDR table windowsZones.xml, with current IANA names where CLDR keeps an older alias.
 */
final class ZoneAliases {

    /** An IANA zone to suggest, with a note when the name is ambiguous or the zone has a caveat. */
    record Suggestion(String zone, String note) {
    }

    private static final Map<String, Suggestion> ABBREVIATIONS = Map.ofEntries(
            abbreviation("PST", "America/Los_Angeles", "Pacific Time"),
            abbreviation("PDT", "America/Los_Angeles", "Pacific Time"),
            abbreviation("PT", "America/Los_Angeles", "Pacific Time"),
            abbreviation("PST8PDT", "America/Los_Angeles", "Pacific Time"),
            abbreviation("MST", "America/Denver", "Mountain Time; America/Phoenix for Arizona, which has no daylight saving"),
            abbreviation("MDT", "America/Denver", "Mountain Time"),
            abbreviation("MT", "America/Denver", "Mountain Time"),
            abbreviation("MST7MDT", "America/Denver", "Mountain Time"),
            abbreviation("CST", "America/Chicago", "US Central Time; CST is also China Standard Time, Asia/Shanghai"),
            abbreviation("CDT", "America/Chicago", "US Central Time"),
            abbreviation("CT", "America/Chicago", "US Central Time"),
            abbreviation("CST6CDT", "America/Chicago", "US Central Time"),
            abbreviation("EST", "America/New_York", "US Eastern Time"),
            abbreviation("EDT", "America/New_York", "US Eastern Time"),
            abbreviation("ET", "America/New_York", "US Eastern Time"),
            abbreviation("EST5EDT", "America/New_York", "US Eastern Time"),
            abbreviation("AKST", "America/Anchorage", "Alaska Time"),
            abbreviation("AKDT", "America/Anchorage", "Alaska Time"),
            abbreviation("HST", "Pacific/Honolulu", "Hawaii Time"),
            abbreviation("AST", "America/Halifax", "Atlantic Time"),
            abbreviation("ADT", "America/Halifax", "Atlantic Time"),
            abbreviation("NST", "America/St_Johns", "Newfoundland Time"),
            abbreviation("BRT", "America/Sao_Paulo", "Brasilia Time"),
            abbreviation("ART", "America/Argentina/Buenos_Aires", "Argentina Time"),
            abbreviation("BST", "Europe/London", "British Summer Time"),
            abbreviation("WET", "Europe/Lisbon", "Western European Time"),
            abbreviation("WEST", "Europe/Lisbon", "Western European Time"),
            abbreviation("CET", "Europe/Berlin", "Central European Time; use the city of the meeting, such as"
                    + " Europe/Paris or Europe/Madrid"),
            abbreviation("CEST", "Europe/Berlin", "Central European Time; use the city of the meeting, such as"
                    + " Europe/Paris or Europe/Madrid"),
            abbreviation("MET", "Europe/Berlin", "Central European Time"),
            abbreviation("MEST", "Europe/Berlin", "Central European Time"),
            abbreviation("EET", "Europe/Athens", "Eastern European Time; use the city of the meeting, such as"
                    + " Europe/Helsinki or Europe/Bucharest"),
            abbreviation("EEST", "Europe/Athens", "Eastern European Time"),
            abbreviation("MSK", "Europe/Moscow", "Moscow Time"),
            abbreviation("IST", "Asia/Kolkata", "India Standard Time; IST is also Irish (Europe/Dublin) and Israel"
                    + " (Asia/Jerusalem) Standard Time"),
            abbreviation("PKT", "Asia/Karachi", "Pakistan Time"),
            abbreviation("ICT", "Asia/Bangkok", "Indochina Time"),
            abbreviation("WIB", "Asia/Jakarta", "Western Indonesia Time"),
            abbreviation("SGT", "Asia/Singapore", "Singapore Time"),
            abbreviation("HKT", "Asia/Hong_Kong", "Hong Kong Time"),
            abbreviation("JST", "Asia/Tokyo", "Japan Time"),
            abbreviation("KST", "Asia/Seoul", "Korea Time"),
            abbreviation("AWST", "Australia/Perth", "Australian Western Time"),
            abbreviation("ACST", "Australia/Adelaide", "Australian Central Time"),
            abbreviation("ACDT", "Australia/Adelaide", "Australian Central Time"),
            abbreviation("AEST", "Australia/Sydney", "Australian Eastern Time; Australia/Brisbane for Queensland,"
                    + " which has no daylight saving"),
            abbreviation("AEDT", "Australia/Sydney", "Australian Eastern Time"),
            abbreviation("NZST", "Pacific/Auckland", "New Zealand Time"),
            abbreviation("NZDT", "Pacific/Auckland", "New Zealand Time"),
            abbreviation("SAST", "Africa/Johannesburg", "South Africa Time"),
            abbreviation("CAT", "Africa/Maputo", "Central Africa Time"),
            abbreviation("EAT", "Africa/Nairobi", "East Africa Time"),
            abbreviation("WAT", "Africa/Lagos", "West Africa Time"),
            abbreviation("UT", "UTC", "Coordinated Universal Time"),
            abbreviation("Z", "UTC", "Coordinated Universal Time"),
            abbreviation("ZULU", "UTC", "Coordinated Universal Time"),
            abbreviation("UCT", "UTC", "Coordinated Universal Time"),
            abbreviation("UNIVERSAL", "UTC", "Coordinated Universal Time"),
            abbreviation("GREENWICH", "UTC", "Coordinated Universal Time"));

    private static final Map<String, String> WINDOWS_NAMES = Map.ofEntries(
            Map.entry("dateline standard time", "Etc/GMT+12"),
            Map.entry("hawaiian standard time", "Pacific/Honolulu"),
            Map.entry("alaskan standard time", "America/Anchorage"),
            Map.entry("pacific standard time", "America/Los_Angeles"),
            Map.entry("pacific standard time (mexico)", "America/Tijuana"),
            Map.entry("us mountain standard time", "America/Phoenix"),
            Map.entry("mountain standard time", "America/Denver"),
            Map.entry("mountain standard time (mexico)", "America/Mazatlan"),
            Map.entry("central standard time", "America/Chicago"),
            Map.entry("central standard time (mexico)", "America/Mexico_City"),
            Map.entry("canada central standard time", "America/Regina"),
            Map.entry("central america standard time", "America/Guatemala"),
            Map.entry("eastern standard time", "America/New_York"),
            Map.entry("eastern standard time (mexico)", "America/Cancun"),
            Map.entry("us eastern standard time", "America/Indiana/Indianapolis"),
            Map.entry("sa pacific standard time", "America/Bogota"),
            Map.entry("atlantic standard time", "America/Halifax"),
            Map.entry("venezuela standard time", "America/Caracas"),
            Map.entry("pacific sa standard time", "America/Santiago"),
            Map.entry("newfoundland standard time", "America/St_Johns"),
            Map.entry("e. south america standard time", "America/Sao_Paulo"),
            Map.entry("argentina standard time", "America/Argentina/Buenos_Aires"),
            Map.entry("sa eastern standard time", "America/Cayenne"),
            Map.entry("utc", "UTC"),
            Map.entry("gmt standard time", "Europe/London"),
            Map.entry("greenwich standard time", "Atlantic/Reykjavik"),
            Map.entry("w. europe standard time", "Europe/Berlin"),
            Map.entry("central europe standard time", "Europe/Budapest"),
            Map.entry("romance standard time", "Europe/Paris"),
            Map.entry("central european standard time", "Europe/Warsaw"),
            Map.entry("w. central africa standard time", "Africa/Lagos"),
            Map.entry("gtb standard time", "Europe/Bucharest"),
            Map.entry("e. europe standard time", "Europe/Chisinau"),
            Map.entry("fle standard time", "Europe/Helsinki"),
            Map.entry("egypt standard time", "Africa/Cairo"),
            Map.entry("south africa standard time", "Africa/Johannesburg"),
            Map.entry("israel standard time", "Asia/Jerusalem"),
            Map.entry("turkey standard time", "Europe/Istanbul"),
            Map.entry("arab standard time", "Asia/Riyadh"),
            Map.entry("russian standard time", "Europe/Moscow"),
            Map.entry("e. africa standard time", "Africa/Nairobi"),
            Map.entry("iran standard time", "Asia/Tehran"),
            Map.entry("arabian standard time", "Asia/Dubai"),
            Map.entry("pakistan standard time", "Asia/Karachi"),
            Map.entry("india standard time", "Asia/Kolkata"),
            Map.entry("nepal standard time", "Asia/Kathmandu"),
            Map.entry("bangladesh standard time", "Asia/Dhaka"),
            Map.entry("se asia standard time", "Asia/Bangkok"),
            Map.entry("china standard time", "Asia/Shanghai"),
            Map.entry("singapore standard time", "Asia/Singapore"),
            Map.entry("taipei standard time", "Asia/Taipei"),
            Map.entry("w. australia standard time", "Australia/Perth"),
            Map.entry("tokyo standard time", "Asia/Tokyo"),
            Map.entry("korea standard time", "Asia/Seoul"),
            Map.entry("cen. australia standard time", "Australia/Adelaide"),
            Map.entry("aus central standard time", "Australia/Darwin"),
            Map.entry("e. australia standard time", "Australia/Brisbane"),
            Map.entry("aus eastern standard time", "Australia/Sydney"),
            Map.entry("west pacific standard time", "Pacific/Port_Moresby"),
            Map.entry("new zealand standard time", "Pacific/Auckland"));

    /** Well-known zones offered when the author wrote a UTC offset, west to east. */
    static final List<String> WELL_KNOWN = List.of("Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles",
            "America/Denver", "America/Phoenix", "America/Chicago", "America/Mexico_City", "America/New_York",
            "America/Bogota", "America/Halifax", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
            "America/St_Johns", "Atlantic/Azores", "Europe/London", "Europe/Lisbon", "Africa/Lagos", "Europe/Berlin",
            "Europe/Paris", "Africa/Johannesburg", "Europe/Athens", "Africa/Cairo", "Europe/Helsinki",
            "Europe/Istanbul", "Europe/Moscow", "Asia/Riyadh", "Africa/Nairobi", "Asia/Tehran", "Asia/Dubai",
            "Asia/Kabul", "Asia/Karachi", "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Yangon",
            "Asia/Bangkok", "Asia/Jakarta", "Asia/Shanghai", "Asia/Singapore", "Australia/Perth", "Asia/Tokyo",
            "Asia/Seoul", "Australia/Adelaide", "Australia/Darwin", "Australia/Brisbane", "Australia/Sydney",
            "Pacific/Noumea", "Pacific/Auckland", "Pacific/Tongatapu", "Pacific/Kiritimati");

    private ZoneAliases() {
    }

    private static Map.Entry<String, Suggestion> abbreviation(String name, String zone, String note) {
        return Map.entry(name, new Suggestion(zone, note));
    }

    static Optional<Suggestion> abbreviation(String text) {
        return Optional.ofNullable(ABBREVIATIONS.get(text.strip().toUpperCase(Locale.ROOT)));
    }

    /** Looks up a Windows zone name; "Daylight Time" spellings map like their "Standard Time" names. */
    static Optional<String> windowsName(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("daylight time",
                "standard time");
        return Optional.ofNullable(WINDOWS_NAMES.get(key));
    }

    static boolean looksLikeWindowsName(String text) {
        String lowered = text.strip().toLowerCase(Locale.ROOT);
        return lowered.endsWith("standard time") || lowered.endsWith("daylight time");
    }

    static Map<String, Suggestion> abbreviations() {
        return ABBREVIATIONS;
    }

    static Map<String, String> windowsNames() {
        return WINDOWS_NAMES;
    }
}
