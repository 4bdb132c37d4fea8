package org.summitcoverage.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * changes.csv between two invented runs: events, consolidated roles and contradictions that appear or disappear,
 * with their articles read through event_articles.csv and their reports through articles.csv → duplicate_of.
 */
class ChangeDetectorTest {
    @TempDir
    Path tmp;

    private static void write(Path dir, String name, String content) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The night before: one article says the United States signed; a conference in Seville. */
    private Path before() throws IOException {
        Path d = tmp.resolve("before");
        write(d, "articles.csv", "article_id,status\na1,ok\ns1,ok\n");
        write(d, "entities.csv", "article_id,entity_id,type,canonical_name\na1,country:US,COUNTRY,États-Unis\n"
                + "s1,event:conference-de-seville,EVENT,Conférence de Séville\n");
        write(d, "roles.csv", "article_id,role,entity_id,type,canonical_name,event_id\n"
                + "a1,SIGNATORY,country:US,COUNTRY,États-Unis,event:sommet-de-lome\n");
        write(d, "events.csv", "event_id,canonical_name\nevent:sommet-de-lome,Sommet de Lomé\n"
                + "event:conference-de-seville,Conférence de Séville\n");
        write(d, "event_articles.csv", "event_id,article_id,local_event_id\nevent:sommet-de-lome,a1,event:sommet-de-lome\n"
                + "event:conference-de-seville,s1,event:conference-de-seville\n");
        write(d, "event_roles.csv", "event_id,role,entity_id,type,canonical_name,conflict\n"
                + "event:sommet-de-lome,SIGNATORY,country:US,COUNTRY,États-Unis,\n");
        return d;
    }

    /** Tonight: two more articles (one reprinting the other) name the summit otherwise and say it refused. */
    private Path after() throws IOException {
        Path d = tmp.resolve("after");
        write(d, "articles.csv", "article_id,status,duplicate_of\na1,ok,\na2,ok,\na3,ok,a2\n");
        write(d, "entities.csv", "article_id,entity_id,type,canonical_name\na1,country:US,COUNTRY,États-Unis\n"
                + "a2,country:US,COUNTRY,États-Unis\na3,country:US,COUNTRY,États-Unis\n");
        write(d, "roles.csv", "article_id,role,entity_id,type,canonical_name,event_id\n"
                + "a1,SIGNATORY,country:US,COUNTRY,États-Unis,event:sommet-de-lome\n"
                + "a2,NON_SIGNATORY,country:US,COUNTRY,États-Unis,event:sommet-de-la-mer\n"
                + "a3,NON_SIGNATORY,country:US,COUNTRY,États-Unis,event:sommet-de-la-mer\n");
        write(d, "events.csv", "event_id,canonical_name\nevent:sommet-de-lome,Sommet de Lomé\n");
        write(d, "event_articles.csv", "event_id,article_id,local_event_id\nevent:sommet-de-lome,a1,event:sommet-de-lome\n"
                + "event:sommet-de-lome,a2,event:sommet-de-la-mer\nevent:sommet-de-lome,a3,event:sommet-de-la-mer\n");
        write(d, "event_roles.csv", "event_id,role,entity_id,type,canonical_name,conflict\n"
                + "event:sommet-de-lome,SIGNATORY,country:US,COUNTRY,États-Unis,NON_SIGNATORY\n"
                + "event:sommet-de-lome,NON_SIGNATORY,country:US,COUNTRY,États-Unis,SIGNATORY\n");
        return d;
    }

    @Test
    void eventsConsolidatedRolesAndContradictionsThatAppearOrDisappearAreChanges() throws IOException {
        ChangeDetector.Snapshot previous = ChangeDetector.read(before(), new PrintStream(new ByteArrayOutputStream()));
        Path now = after();
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> r : ChangeDetector.compare(previous, now::resolve)) {
            rows.add(String.join("|", r.get("change").toString(), r.get("kind").toString(), r.get("entity_id").toString(),
                    r.get("role").toString(), r.get("event_id").toString(), r.get("articles").toString(),
                    r.get("reports").toString(), r.get("conflict").toString()));
        }
        assertEquals(List.of(
                "added|conflict|country:US|NON_SIGNATORY|event:sommet-de-lome|a2;a3|1|SIGNATORY",
                "added|conflict|country:US|SIGNATORY|event:sommet-de-lome|a1|1|NON_SIGNATORY",
                "added|event_role|country:US|NON_SIGNATORY|event:sommet-de-lome|a2;a3|1|",
                "added|role|country:US|NON_SIGNATORY|event:sommet-de-la-mer|a2;a3|1|",
                "removed|entity|event:conference-de-seville|||s1|1|",
                "removed|event|event:conference-de-seville||event:conference-de-seville|s1|1|"), rows);
    }
}
