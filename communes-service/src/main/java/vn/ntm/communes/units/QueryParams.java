package vn.ntm.communes.units;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ntm.common.problem.ApiException;

/**
 * Query and path parameters read as text and checked here, so that a wrong value is a 400 problem naming the parameter
 * and what it accepts (rather than the framework's generic conversion error).
 */
public final class QueryParams {

    private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
    private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}");

    private QueryParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, "'" + value + "' is not an ISO 8601 date (YYYY-MM-DD)");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ApiException.invalidField(name, "unknown value '" + value + "'; allowed: " + allowed);
        }
    }

    public static String provinceCode(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PROVINCE.matcher(value.strip()).matches()) {
            throw ApiException.invalidField(name, "'" + value + "' is not a 2-digit GSO province code");
        }
        return value.strip();
    }

    public static String communeCode(String name, String value) {
        if (value == null || !COMMUNE.matcher(value.strip()).matches()) {
            throw ApiException.invalidField(name, "'" + value + "' is not a 5-digit GSO commune code");
        }
        return value.strip();
    }

    public static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < 2010 || year > 2100) {
                throw ApiException.invalidField(name, "must be between 2010 and 2100");
            }
            return year;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "'" + value + "' is not a year");
        }
    }
}
