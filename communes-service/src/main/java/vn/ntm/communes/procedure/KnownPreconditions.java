package vn.ntm.communes.procedure;

import java.util.Set;

/** The precondition codes some installed check answers to (certification's built-in ones and every DossierPrecondition bean). */
public interface KnownPreconditions {

    Set<String> codes();
}
