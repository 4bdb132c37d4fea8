package org.summitcoverage.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output folder's commit: nothing written outside it, manifest.json last, a user's files left alone. */
class OutputFolderTest {
    @TempDir
    Path tmp;

    /** Issue 20, case 1: a link planted under the temporary name of the old code is never written through. */
    @Test
    void aPlantedLinkUnderATemporaryNameIsNeverFollowed() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path victim = Files.writeString(tmp.resolve("victim"), "précieux\n");
        Files.createSymbolicLink(out.resolve(".articles.csv.tmp"), Path.of("../victim"));
        OutputFolder folder = new OutputFolder(out);
        Files.writeString(folder.temp("articles.csv"), "article_id\n", StandardCharsets.UTF_8);
        folder.commit();
        assertEquals("précieux\n", Files.readString(victim), "the file outside --out is untouched");
        assertFalse(Files.isSymbolicLink(out.resolve("articles.csv")));
        assertEquals("article_id\n", Files.readString(out.resolve("articles.csv")));
    }

    @Test
    void aLinkInPlaceOfAnOutputFileIsReplacedNotWrittenThrough() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path victim = Files.writeString(tmp.resolve("victim"), "précieux\n");
        Files.createSymbolicLink(out.resolve("roles.csv"), victim);
        OutputFolder folder = new OutputFolder(out);
        Files.writeString(folder.temp("roles.csv"), "article_id\n");
        folder.commit();
        assertEquals("précieux\n", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(out.resolve("roles.csv")));
    }

    /** articles.csv is completed at the end: the held-back copy stays readable, then nothing of it is left. */
    @Test
    void aSuccessorReplacesAPendingFileWhoseFirstVersionIsGoneAfterTheCommit() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        OutputFolder folder = new OutputFolder(out);
        Path held = folder.temp("articles.csv");
        Files.writeString(held, "article_id,duplicate_of\na,\n");
        Path done = folder.successor("articles.csv");
        assertEquals("article_id,duplicate_of\na,\n", Files.readString(held), "still readable");
        Files.writeString(done, "article_id,duplicate_of\na,b\n");
        assertEquals(done, folder.current("articles.csv"));
        folder.commit();
        assertEquals("article_id,duplicate_of\na,b\n", Files.readString(out.resolve("articles.csv")));
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(java.util.List.of("articles.csv"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Issue 20, case 10: a commit cut short leaves no manifest.json vouching for files that are not there. */
    @Test
    void aCommitThatFailsPartWayLeavesNoManifest() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("manifest.json"), "{\"tool\": \"summit-coverage\"}\n");
        Files.createDirectories(out.resolve("report.html").resolve("en-travers"));
        OutputFolder folder = new OutputFolder(out);
        Files.writeString(folder.temp("articles.csv"), "article_id\n");
        Files.writeString(folder.temp("report.html"), "<!DOCTYPE html>\n");
        Files.writeString(folder.temp("manifest.json"), "{}\n");
        assertThrows(IOException.class, folder::commit);
        assertFalse(Files.exists(out.resolve("manifest.json")), "the folder says it is incomplete");
    }

    @Test
    void everyPendingFileIsCommittedAndNoTemporaryFileStays() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        OutputFolder folder = new OutputFolder(out);
        Files.writeString(folder.temp("manifest.json"), "{}\n");
        Files.writeString(folder.temp("report.html"), "page\n");
        Files.writeString(folder.temp("articles.csv"), "article_id\n");
        Files.writeString(out.resolve(".summary.csv.4k2j9.tmp"), "left by a killed run\n");
        folder.commit();
        try (Stream<Path> files = Files.list(out)) {
            assertEquals("articles.csv manifest.json report.html", String.join(" ",
                    files.map(p -> p.getFileName().toString()).sorted().toList()));
        }
    }

    /** Issue 20, case 11: only the files a previous run's manifest lists are removed. */
    @Test
    void aUsersOwnFileIsKeptInAFolderThatNeverHeldARun() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("changes.csv"), "mes notes\n");
        OutputFolder folder = new OutputFolder(out);
        Files.writeString(folder.temp("articles.csv"), "article_id\n");
        folder.commit();
        assertEquals("mes notes\n", Files.readString(out.resolve("changes.csv")));
    }

    @Test
    void filesOfThePreviousRunThatThisRunDidNotWriteAreRemoved() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("changes.csv"), "change\n");
        Files.writeString(out.resolve("report.html"), "old page\n");
        Files.writeString(out.resolve("manifest.json"), "{\"files\": [\"changes.csv\", \"manifest.json\", \"../x\"]}\n");
        OutputFolder folder = new OutputFolder(out);
        Files.writeString(folder.temp("articles.csv"), "article_id\n");
        Files.writeString(folder.temp("manifest.json"), "{}\n");
        folder.commit();
        assertFalse(Files.exists(out.resolve("changes.csv")), "listed by the previous run, not written by this one");
        assertTrue(Files.exists(out.resolve("report.html")), "not listed: not ours to remove");
    }
}
