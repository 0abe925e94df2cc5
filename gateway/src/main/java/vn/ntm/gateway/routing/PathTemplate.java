package vn.ntm.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI path template such as {@code /api/v1/communes/{code}/satisfaction}, matched segment by segment
 * against request paths. A parameter stands for exactly one non-empty segment, as in OpenAPI.
 */
public final class PathTemplate {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^/{}]+}");

    /**
     * Most specific first: at the first segment where two templates differ, a literal segment beats a segment
     * mixing text and a parameter ({@code {id}.pdf}), which beats a bare parameter. So
     * {@code /api/v1/communes/search} is tried before {@code /api/v1/communes/{code}}.
     */
    public static final Comparator<PathTemplate> MOST_SPECIFIC_FIRST = PathTemplate::compareSpecificity;

    private final String template;
    private final List<Segment> segments;

    private PathTemplate(String template, List<Segment> segments) {
        this.template = template;
        this.segments = segments;
    }

    public static PathTemplate parse(String template) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("A path template starts with '/': " + template);
        }
        List<Segment> segments = new ArrayList<>();
        for (String part : split(template, segmentCount(template))) {
            segments.add(Segment.of(part));
        }
        return new PathTemplate(template, List.copyOf(segments));
    }

    public String template() {
        return template;
    }

    /** The template with parameter names erased: two templates with the same shape match the same paths. */
    public String shape() {
        return PARAMETER.matcher(template).replaceAll("{}");
    }

    public boolean matches(String path) {
        return matches(split(path, segmentCount(path)));
    }

    /** Against a path already split by {@link #split(String, int)}. */
    boolean matches(String[] parts) {
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!segments.get(i).matches(parts[i])) {
                return false;
            }
        }
        return true;
    }

    int segmentCount() {
        return segments.size();
    }

    /** Segments of a path starting with '/', empty ones included. */
    static int segmentCount(String path) {
        int count = 1;
        for (int i = 1; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                count++;
            }
        }
        return count;
    }

    /** The segments of a path starting with '/', {@code count} of them (as {@link #segmentCount(String)} says). */
    static String[] split(String path, int count) {
        String[] parts = new String[count];
        int start = 1;
        for (int i = 0; i < count - 1; i++) {
            int slash = path.indexOf('/', start);
            parts[i] = path.substring(start, slash);
            start = slash + 1;
        }
        parts[count - 1] = path.substring(start);
        return parts;
    }

    private static int compareSpecificity(PathTemplate a, PathTemplate b) {
        int common = Math.min(a.segments.size(), b.segments.size());
        for (int i = 0; i < common; i++) {
            int byKind = Integer.compare(a.segments.get(i).rank(), b.segments.get(i).rank());
            if (byKind != 0) {
                return byKind;
            }
        }
        int byLength = Integer.compare(b.segments.size(), a.segments.size());
        return byLength != 0 ? byLength : a.template.compareTo(b.template);
    }

    @Override
    public String toString() {
        return template;
    }

    /** One segment of a template: a literal, a bare parameter, or text around parameters. */
    private record Segment(String literal, Pattern pattern, int rank) {

        static Segment of(String part) {
            Matcher m = PARAMETER.matcher(part);
            if (!m.find()) {
                return new Segment(part, null, 0);
            }
            if (m.start() == 0 && m.end() == part.length()) {
                return new Segment(null, null, 2);
            }
            StringBuilder regex = new StringBuilder();
            int last = 0;
            m.reset();
            while (m.find()) {
                regex.append(Pattern.quote(part.substring(last, m.start()))).append("[^/]+?");
                last = m.end();
            }
            regex.append(Pattern.quote(part.substring(last)));
            return new Segment(null, Pattern.compile(regex.toString()), 1);
        }

        boolean matches(String value) {
            return switch (rank) {
                case 0 -> literal.equals(value);
                case 1 -> pattern.matcher(value).matches();
                default -> !value.isEmpty();
            };
        }
    }
}
