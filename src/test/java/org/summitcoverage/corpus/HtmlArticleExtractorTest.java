package org.summitcoverage.corpus;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private static final String P1 = "Les dirigeants réunis à Bruxelles ont adopté jeudi soir une déclaration commune sur "
            + "le financement de la défense européenne, après une longue nuit de négociations.";
    private static final String P2 = "Le texte prévoit un emprunt commun de cent cinquante milliards d’euros, remboursable "
            + "sur trente ans, dont la moitié sera consacrée aux achats d’armement.";
    private static final String P3 = "Plusieurs pays du Nord, réticents à toute mutualisation de la dette, ont obtenu que "
            + "le mécanisme reste temporaire et soumis à un contrôle du Parlement européen.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"fr\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String article(String title, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article>").toString();
    }

    private ExtractedPage extract(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "");
    }

    // ---- charsets ----

    @Test
    void utf8WithoutDeclarationIsDetected() {
        ExtractedPage page = extract(page("", article("Sommet à Séville", P1, P2)));
        assertTrue(page.text().startsWith("Sommet à Séville\n\n"), page.text());
        assertTrue(page.text().contains("négociations"));
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] body = page("<meta charset=\"utf-8\"><title>Été diplomatique</title>", article("Été diplomatique", P1))
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ExtractedPage page = extractor.extract(withBom, "");
        assertEquals("Été diplomatique", page.title());
        assertFalse(page.text().contains("\uFEFF"));
        assertTrue(page.text().startsWith("Été diplomatique"));
    }

    @Test
    void windows1252DeclaredWithMetaCharsetIsDecoded() {
        String html = page("<meta charset=\"windows-1252\">",
                article("L’œuvre de l’ONU coûte 3 € par habitant", "Le secrétaire général a défendu « l’œuvre "
                        + "commune » devant l’Assemblée générale, réunie à New York pour sa session annuelle."));
        ExtractedPage page = extractor.extract(html.getBytes(Charset.forName("windows-1252")), "");
        assertTrue(page.text().startsWith("L’œuvre de l’ONU coûte 3 € par habitant"), page.text());
        assertTrue(page.text().contains("« l’œuvre commune »"), page.text());
    }

    @Test
    void latin1LabelInHttpEquivIsReadAsWindows1252() {
        String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
                article("L’Élysée reçoit le G7", P1));
        ExtractedPage page = extractor.extract(html.getBytes(Charset.forName("windows-1252")), "");
        assertTrue(page.text().startsWith("L’Élysée reçoit le G7"), page.text());
    }

    @Test
    void undeclaredLegacyBytesFallBackToWindows1252() {
        String html = page("", article("Déclaration de Séoul", "La délégation française a signé l’accord "
                + "après de longues négociations sur le contrôle des exportations de technologies sensibles."));
        ExtractedPage page = extractor.extract(html.getBytes(Charset.forName("windows-1252")), "");
        assertTrue(page.text().contains("délégation française a signé l’accord"), page.text());
        assertFalse(page.text().contains("\uFFFD"));
    }

    @Test
    void truncatedUtf8PageStaysUtf8() {
        byte[] full = page("", article("Sommet à Séville", P1, P2 + " Fin: é")).getBytes(StandardCharsets.UTF_8);
        int cut = full.length - "</p></article></body></html>".length() - 1;
        byte[] truncated = Arrays.copyOf(full, cut);
        ExtractedPage page = extractor.extract(truncated, "");
        assertTrue(page.text().startsWith("Sommet à Séville"), page.text());
    }

    @Test
    void otherDeclaredCharsetIsHonoured() {
        // 0xA4 is the euro sign in ISO-8859-15 but a currency sign in Windows-1252.
        String html = page("<meta charset=\"iso-8859-15\">", article("Un fonds de 5 € par habitant", P1));
        ExtractedPage page = extractor.extract(html.getBytes(Charset.forName("ISO-8859-15")), "");
        assertTrue(page.text().startsWith("Un fonds de 5 € par habitant"), page.text());
    }

    @Test
    void utf8BytesUnderAStaleLatin1LabelAreReadAsUtf8() {
        String html = page("<meta charset=\"iso-8859-1\">", article("Réunion à Genève", P1));
        ExtractedPage page = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "");
        assertTrue(page.text().startsWith("Réunion à Genève"), page.text());
    }

    // ---- text normalisation ----

    @Test
    void entitiesAreDecodedAndNonBreakingSpacesKept() {
        String html = page("", article("Sommet de l&rsquo;OTAN&nbsp;: J&#8211;1",
                "Le secr&eacute;taire g&eacute;n&eacute;ral l&#8217;a dit&#x202F;: &laquo;&nbsp;Nous sommes pr&ecirc;ts&nbsp;&raquo; "
                        + "&amp; la d&eacute;claration sera sign&eacute;e demain &agrave; La Haye."));
        ExtractedPage page = extract(html);
        assertEquals("Sommet de l’OTAN\u00A0: J–1\n\n"
                + "Le secrétaire général l’a dit\u202F: «\u00A0Nous sommes prêts\u00A0» & la déclaration sera "
                + "signée demain à La Haye.", page.text());
    }

    @Test
    void whitespaceInsideParagraphsIsCollapsedAndParagraphsSeparatedByBlankLine() {
        String html = page("", "<article><h1>  Titre\n   du   sommet </h1><p>" + P1.replace(" ", " \n\t ")
                + "</p>\n\n<p>" + P2 + "</p></article>");
        ExtractedPage page = extract(html);
        assertEquals("Titre du sommet\n\n" + P1 + "\n\n" + P2, page.text());
    }

    @Test
    void decomposedAccentsAreNormalisedToNfc() {
        String nfd = Normalizer.normalize("Réunion à Genève: les délégués arrivent", Normalizer.Form.NFD);
        ExtractedPage page = extract(page("", article(nfd, P1, P2)));
        assertTrue(page.text().startsWith("Réunion à Genève: les délégués arrivent"), page.text());
        assertTrue(Normalizer.isNormalized(page.text(), Normalizer.Form.NFC));
        assertTrue(Normalizer.isNormalized(page.title(), Normalizer.Form.NFC));
    }

    // ---- metadata ----

    @Test
    void jsonLdNewsArticleGivesMetadata() {
        String head = "<title>Titre de la fenêtre | Le Journal</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"@id\":\"https://journal.example/p\",\"name\":\"Page\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Le G20 s&#039;ouvre à Rio\","
                + "\"datePublished\":\"2024-11-18T09:30:00-03:00\","
                + "\"mainEntityOfPage\":{\"@id\":\"https://journal.example/g20-rio\"},"
                + "\"publisher\":{\"@id\":\"#org\"}},"
                + "{\"@type\":\"NewsMediaOrganization\",\"@id\":\"#org\",\"name\":\"Le Journal\"}]}</script>";
        ExtractedPage page = extract(page(head, article("Le G20 s'ouvre à Rio", P1)));
        assertEquals("Le G20 s'ouvre à Rio", page.title());
        assertEquals("2024-11-18T09:30:00-03:00", page.published());
        assertEquals("https://journal.example/g20-rio", page.url());
        assertEquals("Le Journal", page.source());
    }

    @Test
    void canonicalLinkWinsAndIsResolvedAgainstBaseUri() {
        String head = "<link rel=\"canonical\" href=\"/monde/sommet-ua\">"
                + "<meta property=\"og:url\" content=\"https://autre.example/x\">";
        ExtractedPage page = extractor.extract(page(head, article("Sommet de l’UA", P1))
                .getBytes(StandardCharsets.UTF_8), "https://www.journal.example/a/b?c=1");
        assertEquals("https://www.journal.example/monde/sommet-ua", page.url());
    }

    @Test
    void brokenJsonLdFallsBackToOpenGraph() {
        String head = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
                + "<meta property=\"og:title\" content=\"Accord à Bakou\">"
                + "<meta property=\"og:site_name\" content=\"Climat Info\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-24T03:10:00+04:00\">"
                + "<meta property=\"og:url\" content=\"https://climat.example/bakou\">";
        ExtractedPage page = extract(page(head, article("Accord à Bakou", P1)));
        assertEquals("Accord à Bakou", page.title());
        assertEquals("Climat Info", page.source());
        assertEquals("2024-11-24T03:10:00+04:00", page.published());
        assertEquals("https://climat.example/bakou", page.url());
    }

    @Test
    void pageWithoutMetadataGivesNullsExceptWhatThePageShows() {
        ExtractedPage page = extract(page("", article("Conférence de Munich", P1, P2)));
        assertEquals("Conférence de Munich", page.title());
        assertNull(page.url());
        assertNull(page.published());
        assertNull(page.source());
    }

    @Test
    void titleTagLosesTheSiteNameAndBaseUriServesAsUrl() {
        String head = "<title>Sommet de Grenade - Le Journal</title><meta property=\"og:site_name\" content=\"Le Journal\">";
        ExtractedPage page = extractor.extract(page(head, "<div><p>" + P1 + "</p><p>" + P2 + "</p></div>")
                .getBytes(StandardCharsets.UTF_8), "https://journal.example/grenade");
        assertEquals("Sommet de Grenade", page.title());
        assertEquals("https://journal.example/grenade", page.url());
        assertTrue(page.text().startsWith("Sommet de Grenade\n\n" + P1), page.text());
    }

    @Test
    void microdataDateIsRead() {
        String body = "<div itemscope itemtype=\"https://schema.org/Article\"><h1 itemprop=\"headline\">Sommet de Lima</h1>"
                + "<time itemprop=\"datePublished\" datetime=\"2024-11-16\">16 novembre</time><p>" + P1 + "</p></div>";
        ExtractedPage page = extract(page("", body));
        assertEquals("2024-11-16", page.published());
        assertEquals("Sommet de Lima", page.title());
    }

    // ---- empty and malformed input ----

    @Test
    void emptyInputsGiveAnEmptyPage() {
        for (byte[] input : new byte[][] {null, new byte[0], "   ".getBytes(StandardCharsets.UTF_8),
                "<html><head></head><body></body></html>".getBytes(StandardCharsets.UTF_8)}) {
            ExtractedPage page = extractor.extract(input, null);
            assertNotNull(page);
            assertEquals("", page.text());
            assertNull(page.title());
            assertNull(page.url());
        }
    }

    @Test
    void titleWithoutBodyGivesEmptyText() {
        ExtractedPage page = extract(page("<title>Page introuvable</title>", "<h1>Page introuvable</h1>"));
        assertEquals("", page.text());
        assertEquals("Page introuvable", page.title());
    }

    @Test
    void malformedInputNeverThrows() {
        Random random = new Random(42);
        byte[] noise = new byte[20_000];
        random.nextBytes(noise);
        StringBuilder deep = new StringBuilder("<html><body>");
        for (int i = 0; i < 5_000; i++) {
            deep.append("<div><span>");
        }
        deep.append(P1);
        String[] inputs = {
            "<html><body><p>" + P1 + "<div><table><tr><td>" + P2 + "</p></td></div></html",
            "<<<>>> &#xZZZZ; &#99999999; <p <p <a href=\"javascript:", deep.toString(),
            "<script type=\"application/ld+json\">[[[[{\"@graph\": [1, \"x\", null, {\"@type\": 7}]}</script><p>" + P1};
        for (String input : inputs) {
            assertDoesNotThrow(() -> extractor.extract(input.getBytes(StandardCharsets.UTF_8), "::not a uri::"));
        }
        assertDoesNotThrow(() -> extractor.extract(noise, ""));
    }

    // ---- furniture ----

    @Test
    void navigationAsideAndFooterAreDropped() {
        String body = "<header><nav><ul><li><a href=\"/monde\">Monde</a></li><li><a href=\"/europe\">Europe</a></li></ul></nav></header>"
                + "<main>" + article("Le Conseil européen s’accorde", P1, P2, P3)
                + "<aside><h2>Les plus lus</h2><p>Un article très lu sur un tout autre sujet que celui-ci, avec un résumé.</p></aside></main>"
                + "<footer><p>© Le Journal 2025. Tous droits réservés, reproduction interdite sans autorisation.</p></footer>";
        ExtractedPage page = extract(page("", body));
        assertEquals("Le Conseil européen s’accorde\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3, page.text());
    }

    @Test
    void linkDenseListsInsideTheArticleAreDropped() {
        String related = "<ul><li><a href=\"/a\">Ukraine : ce que contient le plan de paix</a></li>"
                + "<li><a href=\"/b\">Défense : le programme européen d’armement adopté</a></li>"
                + "<li><a href=\"/c\">Budget : les Vingt-Sept divisés sur la dette commune</a></li></ul>";
        String body = "<div class=\"story\"><h1>Accord à Bruxelles</h1><p>" + P1 + "</p>" + related + "<p>" + P2
                + "</p><p>À lire aussi : <a href=\"/d\">Le sommet de l’OTAN à La Haye</a></p><p>" + P3 + "</p></div>";
        ExtractedPage page = extract(page("", body));
        assertEquals("Accord à Bruxelles\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3, page.text());
    }

    @Test
    void proseWithSomeLinksIsKept() {
        String linked = "Le <a href=\"/conseil\">Conseil européen</a> a rappelé que la décision de "
                + "<a href=\"/commission\">la Commission</a> devait encore être approuvée par les États membres.";
        ExtractedPage page = extract(page("", article("Un vote attendu", P1, linked)));
        assertTrue(page.text().contains("Le Conseil européen a rappelé que la décision de la Commission devait"),
                page.text());
    }

    @Test
    void commentsAndShareBarsAreDropped() {
        String body = "<div class=\"post\"><h1>Le sommet de Grenade</h1><div class=\"share-buttons\"><a href=\"#\">Partager</a>"
                + "<a href=\"#\">Tweeter</a></div><div class=\"entry-content\"><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
                + "<div id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\">"
                + "<li class=\"comment\"><p>Je ne suis pas du tout d’accord avec cette analyse, qui oublie l’essentiel "
                + "du débat sur la dette commune et sur les règles budgétaires européennes.</p></li>"
                + "<li class=\"comment\"><p>Merci pour cet article très clair, qui résume bien les enjeux du sommet "
                + "et les positions des différents pays membres de l’Union.</p></li></ol></div>";
        ExtractedPage page = extract(page("", body));
        assertEquals("Le sommet de Grenade\n\n" + P1 + "\n\n" + P2, page.text());
    }

    @Test
    void leadOutsideTheBodyContainerComesAfterTheTitle() {
        String lead = "Au terme de deux jours de débats, les dirigeants ont trouvé un compromis sur l’aide à l’Ukraine.";
        String body = "<div class=\"header\"><h1>Compromis à Bruxelles</h1><p class=\"chapo\">" + lead + "</p>"
                + "<span class=\"byline\">Par Jeanne Martin</span></div><div class=\"body\"><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div>";
        ExtractedPage page = extract(page("", body));
        assertEquals("Compromis à Bruxelles\n\n" + lead + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3, page.text());
    }

    @Test
    void cookieBannerIsDropped() {
        String banner = "<div id=\"cookie-consent\"><p>Nous utilisons des cookies pour mesurer l’audience, personnaliser "
                + "les contenus et vous proposer des publicités adaptées à vos centres d’intérêt.</p></div>";
        ExtractedPage page = extract(page("", banner + article("Sommet de Séville", P1, P2)));
        assertFalse(page.text().contains("cookies"), page.text());
    }

    @Test
    void spotImageAdPlaceholdersLeaveNoText() {
        String ad = "<div class=\"jeg_ad jnews_content_inline_ads\"><a href=\"#\" class=\"adlink\">"
                + "<img src=\"data:image/png;base64,x\" alt=\"spot_img\"></a><div class=\"ads-text\">- Publicité -</div></div>";
        ExtractedPage page = extract(page("", "<div class=\"content-inner\"><h1>Sommet de l’UA</h1><p>" + P1 + "</p>" + ad
                + "<p>" + P2 + "</p></div>"));
        assertEquals("Sommet de l’UA\n\n" + P1 + "\n\n" + P2, page.text());
    }

    @Test
    void extractorIsSafeToShareBetweenThreads() throws Exception {
        byte[] html = page("", article("Sommet de Séville", P1, P2)).getBytes(StandardCharsets.UTF_8);
        String expected = extractor.extract(html, "").text();
        assertTrue(expected.startsWith("Sommet de Séville\n\n"), expected);
        Thread[] threads = new Thread[4];
        String[] results = new String[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int slot = i;
            threads[i] = new Thread(() -> {
                for (int n = 0; n < 50; n++) {
                    results[slot] = extractor.extract(html, "").text();
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (String r : results) {
            assertEquals(expected, r);
        }
    }
}
