package org.summitcoverage.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pin of a gold folder catches every change to its gold files, and nothing else. */
class GoldPinTest {
    @TempDir
    Path tmp;

    private Path gold() throws IOException {
        Path g = tmp.resolve("gold");
        Files.createDirectories(g.resolve("fil"));
        Files.writeString(g.resolve("sommet-a.gold.json"), "{\"article_id\": \"sommet-a\", \"entities\": []}");
        Files.writeString(g.resolve("fil/sommet-b.gold.json"), "{\"article_id\": \"fil/sommet-b\", \"entities\": []}");
        return g;
    }

    /** The pin as the re-pin command writes it: comments, then `sha256sum` lines. */
    private Path pin(Path gold) throws IOException {
        StringBuilder s = new StringBuilder("# pinned for the test\n");
        GoldPin.checksums(gold).forEach((path, hash) -> s.append(hash).append("  ").append(path).append('\n'));
        Path p = tmp.resolve("gold.sha256");
        Files.writeString(p, s);
        return p;
    }

    @Test
    void anUnchangedFolderMatchesItsPin() throws IOException {
        Path g = gold();
        Path p = pin(g);
        assertEquals(List.of("fil/sommet-b.gold.json", "sommet-a.gold.json"), List.copyOf(GoldPin.read(p).keySet()));
        // other files of the folder (floors, notes) are not gold and may change freely
        Files.writeString(g.resolve("floors.json"), "{}");
        assertDoesNotThrow(() -> GoldPin.assertMatches(g, p));
    }

    @Test
    void aChangedAddedOrRemovedGoldFileIsNamed() throws IOException {
        Path g = gold();
        Path p = pin(g);
        Files.writeString(g.resolve("sommet-a.gold.json"), "{\"article_id\": \"sommet-a\", \"entities\": [{}]}");
        Files.writeString(g.resolve("sommet-c.gold.json"), "{\"article_id\": \"sommet-c\"}");
        Files.delete(g.resolve("fil/sommet-b.gold.json"));
        assertEquals(List.of("removed: fil/sommet-b.gold.json", "changed: sommet-a.gold.json", "added: sommet-c.gold.json"),
                GoldPin.differences(g, p));
        AssertionError e = assertThrows(AssertionError.class, () -> GoldPin.assertMatches(g, p));
        assertTrue(e.getMessage().contains("changed: sommet-a.gold.json") && e.getMessage().contains("sha256sum"),
                e.getMessage());
    }

    @Test
    void aMalformedPinLineFailsWithItsLineNumber() throws IOException {
        Path p = tmp.resolve("bad.sha256");
        Files.writeString(p, "# comment\nnot-a-hash  sommet-a.gold.json\n");
        IOException e = assertThrows(IOException.class, () -> GoldPin.read(p));
        assertTrue(e.getMessage().contains("bad.sha256:2"), e.getMessage());
    }
}
