package vn.ntm.communes.units.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;

/** The bad rows of a file. A file with any bad row is refused whole, and the problem lists every bad row by line. */
final class RowErrors {

    /** Enough to fix a file; a file that is wrong everywhere does not need 10,000 copies of the same message. */
    static final int MAX_LISTED = 1000;

    private record Error(int line, String message) {
    }

    private final List<Error> errors = new ArrayList<>();
    private int count;

    void add(int line, String message) {
        count++;
        if (errors.size() < MAX_LISTED) {
            errors.add(new Error(line, message));
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    void throwIfAny(ImportKind kind) {
        if (count == 0) {
            return;
        }
        String listed = count > errors.size() ? " The first " + errors.size() + " are listed." : "";
        throw new ApiException(ProblemType.VALIDATION,
                "The " + kind + " file has " + count + " invalid row(s); nothing was imported. Fix them and send the whole file again." + listed,
                errors.stream().sorted(java.util.Comparator.comparingInt(Error::line))
                        .map(e -> new Problem.FieldError("line " + e.line(), e.message())).toList(), Map.of("kind", kind.name(), "invalidRows", count));
    }
}
