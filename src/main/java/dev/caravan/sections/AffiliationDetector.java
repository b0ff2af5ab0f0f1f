package dev.caravan.sections;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises an author affiliation line ("Department of ..., University of ..., City, Country.") by an
 * institution word in one of many languages together with an address signal: a country at the end, comma
 * separated address parts, a postal code or an e-mail address. Only asked about lines next to a citation.
 */
final class AffiliationDetector {

    /** Affiliations are short; longer lines are prose. */
    static final int LONGEST_AFFILIATION = 600;
    private static final int SHORT_AFFILIATION = 150;
    private static final int SHORTEST_CLAUSE = 45;

    /** Word beginnings of institution words: Latin and Cyrillic scripts, lower case. */
    private static final List<String> INSTITUTION_STEMS = List.of(
            "universit", "univ.", "institut", "istitut", "hospital", "hôpita", "hopita", "ospedal", "krankenh",
            "klinik", "clinic", "clínic", "cliniq", "spital", "szpital", "sjukhus", "sairaala",
            "ziekenhuis", "nemocnic", "laborat", "departm", "départ", "departam", "dipartim",
            "abteilung", "facult", "fakult", "akadem", "academ", "acadé", "colleg", "collèg", "colegi", "escuel",
            "école", "ecole", "scuol", "hochschul", "zentr", "foundation", "fondation", "fundaci", "fondazion",
            "stiftung", "research", "forschung", "recherch", "investigaci", "ricerc", "ministr", "ministèr",
            "университет", "институт", "кафедр", "больниц", "центр", "академи", "лаборатор", "отделени",
            "клиник", "факультет", "госпитал", "диспансер");

    /** Whole institution words too short to use as stems ("unit" would match "United"). */
    private static final Set<String> INSTITUTION_WORDS = Set.of(
            "school", "center", "centre", "centro", "centrum", "unit", "units", "unité", "unidad", "unità",
            "trust", "division", "service", "servicio", "servizio", "inserm", "cnrs", "nhs", "csic", "cnr", "nih",
            "lab", "labor", "hôpitaux", "chu", "ap-hp");

    /** Institution words of scripts written without spaces, found as substrings. */
    private static final List<String> CJK_INSTITUTIONS = List.of(
            "大学", "大學", "医院", "醫院", "病院", "研究所", "研究院", "研究中心", "学院", "學院", "医学部", "医科",
            "センター", "中心", "科学院", "研究科", "大学校", "대학교", "대학", "병원", "연구소", "연구원");

    private static final Set<String> COUNTRIES = Set.of(
            "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan",
            "bangladesh", "belarus", "belgium", "bolivia", "bosnia and herzegovina", "brazil", "brasil",
            "bulgaria", "cameroon", "canada", "chile", "china", "p.r. china", "pr china", "people's republic of china",
            "colombia", "croatia", "cuba", "cyprus", "czech republic", "czechia", "denmark", "ecuador", "egypt",
            "estonia", "ethiopia", "finland", "france", "georgia", "germany", "ghana", "greece", "hong kong",
            "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "italia",
            "japan", "jordan", "kazakhstan", "kenya", "korea", "republic of korea", "south korea", "kuwait",
            "latvia", "lebanon", "lithuania", "luxembourg", "malaysia", "malta", "mexico", "méxico", "morocco",
            "nepal", "netherlands", "the netherlands", "new zealand", "nigeria", "norway", "oman", "pakistan",
            "peru", "perú", "philippines", "poland", "polska", "portugal", "qatar", "romania", "russia",
            "russian federation", "saudi arabia", "serbia", "singapore", "slovakia", "slovenia", "south africa",
            "spain", "españa", "sri lanka", "sweden", "sverige", "switzerland", "schweiz", "suisse", "svizzera",
            "taiwan", "thailand", "tunisia", "turkey", "türkiye", "uganda", "ukraine", "united arab emirates",
            "uae", "united kingdom", "uk", "u.k", "england", "scotland", "wales", "northern ireland",
            "united states", "united states of america", "usa", "u.s.a", "us", "uruguay", "venezuela", "vietnam",
            "viet nam", "deutschland", "österreich", "belgique", "belgië", "nederland", "danmark", "norge",
            "suomi", "россия", "российская федерация", "україна", "беларусь", "казахстан", "中国", "中華人民共和国",
            "日本", "台湾", "香港", "한국", "大韓民国");

    boolean looksLikeAffiliation(String line) {
        if (line.isEmpty() || line.length() > LONGEST_AFFILIATION) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (!hasInstitution(lower)) {
            return false;
        }
        int parts = 1;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == ';') {
                parts++;
            }
        }
        // address parts are short ("Department of X, University of Y, City"); clauses of prose are longer
        boolean addressParts = parts >= 3 && lower.length() / parts <= SHORTEST_CLAUSE;
        return addressParts || endsWithCountry(lower) || hasPostalCode(lower) || lower.contains("@")
                || lower.contains("electronic address")
                || line.codePointCount(0, line.length()) <= SHORT_AFFILIATION;
    }

    private static boolean hasInstitution(String lower) {
        for (String word : CJK_INSTITUTIONS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '-')) {
                i++;
            }
            if (i > start && isInstitutionWord(lower, start, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInstitutionWord(String lower, int start, int end) {
        if (INSTITUTION_WORDS.contains(lower.substring(start, end))) {
            return true;
        }
        for (String stem : INSTITUTION_STEMS) {
            if (lower.startsWith(stem, start)) {
                return true;
            }
        }
        return false;
    }

    /** The last address part, without trailing punctuation or a postal code, names a country. */
    private static boolean endsWithCountry(String lower) {
        int end = lower.length();
        while (end > 0 && ".。． ".indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && ",，、;".indexOf(lower.charAt(start - 1)) < 0) {
            start--;
        }
        String last = lower.substring(start, end).strip();
        if (COUNTRIES.contains(last)) {
            return true;
        }
        // "Berlin 10117 Germany", "Tokyo 113-8655 Japan", "北京 100191 中国"
        int space = last.lastIndexOf(' ');
        return space > 0 && COUNTRIES.contains(last.substring(space + 1));
    }

    /**
     * A run of 4 to 6 digits, as postal codes such as 10117, 100191 or the 8655 of 113-8655 are; four digits
     * starting 19 or 20 are more likely a year.
     */
    private static boolean hasPostalCode(String lower) {
        int run = 0;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            boolean year = run == 4 && (lower.startsWith("19", i - 4) || lower.startsWith("20", i - 4));
            if (run >= 4 && run <= 6 && !year) {
                return true;
            }
            run = 0;
        }
        return false;
    }
}
