package org.summitcoverage.extract.roles;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * (h25-paix) A long subject of titles the parser breaks: its first items hang on the verb as `dep`, the last ones are
 * its `nsubj`; each title's state holds the role.
 */
class BrokenTitleSubjectListTest {
    private final SubjectReading reading = new SubjectReading();

    @Test
    void theTitlesHungOnTheVerbAsDepAreItemsOfItsSubject() {
        // the edges of the French parser's reading of this sentence
        HandParse p = HandParse.of("Le 3 mai, le président de la République du Ghana, la présidente de la République fédérale du "
                        + "Nigeria, le président du gouvernement espagnol et le secrétaire général de la Ligue arabe ont organisé "
                        + "conjointement une conférence sur le Sahel.")
                .entity("République du Ghana", "country:GH").entity("République fédérale du Nigeria", "country:NG")
                .entity("espagnol", "country:ES").entity("Ligue arabe", "org:ligue-arabe")
                .edge("ROOT", "root", "organisé").edge("organisé", "obl:mod", "mai")
                .edge("organisé", "dep", "président").edge("président", "nmod:de", "République")
                .edge("République", "nmod:de", "Ghana").edge("président", "conj", "présidente")
                .edge("présidente", "nmod:de", "République#2").edge("République#2", "nmod:de", "Nigeria")
                .edge("organisé", "nsubj", "président#2").edge("président#2", "nmod:de", "gouvernement")
                .edge("gouvernement", "amod", "espagnol").edge("président#2", "conj:et", "secrétaire")
                .edge("organisé", "nsubj", "secrétaire").edge("secrétaire", "nmod:de", "Ligue")
                .edge("Ligue", "amod", "arabe").edge("organisé", "obj", "conférence");
        assertEquals(Set.of("HOST country:GH", "HOST country:NG", "HOST country:ES", "HOST org:ligue-arabe"),
                p.rows(reading, "organisé"));
    }

    @Test
    void aDepThatOpensNoItemIsNoSubject() {
        // `Paris, le président …`: no article right before the title after the comma, nor a title at all
        HandParse p = HandParse.of("Selon Rabat, le roi du Maroc et le premier ministre de la Belgique ont organisé le forum.")
                .entity("Rabat", "location:rabat").entity("Maroc", "country:MA").entity("Belgique", "country:BE")
                .edge("ROOT", "root", "organisé").edge("organisé", "dep", "Rabat")
                .edge("roi", "nmod:de", "Maroc").edge("ministre", "nmod:de", "Belgique")
                .edge("organisé", "nsubj", "roi").edge("organisé", "nsubj", "ministre");
        assertEquals(Set.of("HOST country:MA", "HOST country:BE"), p.rows(reading, "organisé"));
    }
}
