package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;
import org.summitcoverage.model.RoleType;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A participle right after the noun it qualifies names that noun's status (`font partie des pays invités`). */
class StatusParticipleTest {
    private final HolderReading reading = new NounUseOnly(new StatusNounReading());

    @Test
    void partOfTheInvitedCountries() {
        HandParse p = HandParse.of("Le Ghana et le Togo font partie des 44 pays invités.")
                .entity("Ghana", "country:GH").entity("Togo", "country:TG")
                .edge("font", "nsubj", "Ghana").edge("Ghana", "conj:et", "Togo").edge("font", "nsubj", "Togo")
                .edge("font", "obj", "partie").edge("partie", "nmod:de", "pays").edge("pays", "nummod", "44")
                .edge("pays", "acl", "invités").tag("invités", "VERB");
        assertEquals(Set.of("PARTICIPANT country:GH", "PARTICIPANT country:TG"), p.rows(reading, "invités", RoleType.PARTICIPANT));
    }

    @Test
    void invitedToDoSomethingElseIsNoStatus() {
        HandParse p = HandParse.of("Le Ghana fait partie des pays invités à rejoindre le groupe.")
                .entity("Ghana", "country:GH")
                .edge("fait", "nsubj", "Ghana").edge("fait", "obj", "partie").edge("partie", "nmod:de", "pays")
                .edge("pays", "acl", "invités").edge("invités", "xcomp", "rejoindre").edge("rejoindre", "obj", "groupe")
                .tag("invités", "VERB");
        assertEquals(Set.of(), p.rows(reading, "invités", RoleType.PARTICIPANT));
    }
}
