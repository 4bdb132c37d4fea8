package org.summitcoverage.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Generic evidence, shared by most CMSs and themes, that an element holds site furniture or
 * article content: words in its class and id, ARIA roles, schema.org properties, and the
 * stock phrases French sites print on furniture blocks.
 */
final class FurnitureHints {

    private FurnitureHints() {
    }

    /** Consent banners, pop-ups and newsletter boxes: never part of an article wherever they sit. */
    private static final Set<String> OVERLAY_TOKENS = Set.of(
            "cookie", "cookies", "consent", "gdpr", "rgpd", "didomi", "tarteaucitron", "onetrust", "cmp",
            "popup", "modal", "newsletter", "newsletters", "offcanvas", "skip", "skiplink", "subscribe",
            "subscription", "abonnement", "abonnez", "inscription");
    private static final List<String> OVERLAY_SUBSTRINGS = List.of(
            "cookie", "consent", "gdpr", "didomi", "tarteaucitron", "onetrust", "newsletter", "popup",
            "offcanvas");

    /** Words naming furniture in class names and ids, as whole words. */
    private static final Set<String> NEGATIVE_TOKENS = Set.of(
            "ad", "ads", "adv", "pub", "pubs", "publicite", "dfp", "gpt", "banner", "banniere", "sponsor",
            "sponsors", "sponsored", "promo", "promos", "partner", "partenaires", "affiliate",
            "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "ariane", "pagination",
            "pager", "paging", "pages", "sidebar", "aside", "footer", "masthead", "topbar",
            "tags", "tag", "keywords", "motscles", "meta", "byline", "author", "authors", "auteur", "auteurs",
            "signature", "date", "dateline", "time", "timestamp", "credit", "credits", "copyright", "caption",
            "legende", "print", "tools", "toolbar", "outils", "rss", "login", "signin", "connexion", "account",
            "teaser", "teasers", "more", "similar", "recommend", "recommended", "recommendations", "popular",
            "trending", "mostread", "lus", "follow", "suivez", "share", "sharing", "partage", "partager",
            "social", "socials", "sociaux", "comment", "comments", "commentaire", "commentaires", "respond",
            "forum", "reply", "replies", "reactions", "disqus", "related", "aussi", "video", "videos", "podcast",
            "gallery", "diaporama", "slideshow", "carousel", "player", "audio", "jumbotron", "alert", "notice",
            "donate", "don", "cta", "rating", "vote", "poll", "sondage", "quiz", "contact", "shop", "boutique",
            "jobs", "emploi",
            "hotlinks", "links", "liens", "blogroll", "archives", "categories", "category", "rubrique",
            "rubriques", "thematiques", "subnav", "header", "entete");
    /** Bylines are furniture except as the speaker line of a quotation. */
    private static final Set<String> BYLINE_TOKENS = Set.of(
            "byline", "author", "authors", "auteur", "auteurs", "signature", "source", "cite");
    private static final Set<String> QUOTE_TOKENS = Set.of(
            "quote", "blockquote", "citation", "pullquote", "exergue");

    /** Furniture words that class names glue to others ("commentlist", "jp-relatedposts"). */
    private static final List<String> NEGATIVE_SUBSTRINGS = List.of(
            "comment", "disqus", "share", "sharing", "partage", "social", "related", "recommend", "outbrain",
            "taboola", "ligatus", "breadcrumb", "sidebar", "advert", "adslot", "adunit", "adsense", "sponsor",
            "pagination", "navbar", "navigation", "footer", "widgetarea", "newsletter", "mostread", "mostpopular",
            "pluslus", "alire", "lireaussi", "voiraussi", "readmore", "readalso", "seealso", "memesujet",
            "surlememe", "tagcloud", "taglist");

    private static final Set<String> POSITIVE_TOKENS = Set.of(
            "article", "articles", "articlebody", "body", "content", "contenu", "corps", "entry", "main", "post",
            "story", "text", "texte", "txt", "chapo", "chapeau", "lead", "standfirst", "intro", "blog",
            "paragraph", "paragraphs", "prose", "richtext", "rte", "hentry");
    private static final Set<String> COMMENT_TOKENS = Set.of(
            "comment", "comments", "commentaire", "commentaires", "commentlist", "commentslist", "respond",
            "reply", "replies", "reactions", "disqus", "commentform", "comentarios", "forum");

    private static final Set<String> LEAD_TOKENS = Set.of(
            "chapo", "chapeau", "chapow", "lead", "standfirst", "intro", "summary", "resume", "excerpt",
            "subtitle", "subheadline", "deck", "description", "accroche", "sous", "leadin");

    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "search", "complementary", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
            "banner", "toolbar", "tablist");

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** Stock phrases that open furniture blocks: related links, bylines, share bars, forms, paywalls. */
    private static final Pattern FURNITURE_PHRASE = Pattern.compile(
            "^(?:"
            // related articles
            + "(?:à|a) (?:lire|voir|écouter|ecouter|découvrir|decouvrir)"
            + " (?:aussi|également|egalement|ensuite|sur|absolument|dans)\\b"
            + "|(?:à|a) (?:lire|voir|découvrir|decouvrir)\\s*[:»>]?$"
            + "|(?:lire|voir|écouter|regarder)"
            + " (?:aussi|également|egalement|la suite|plus|notre|nos|l'article|l’article)\\b"
            + "|(?:sur|autour de) (?:le|du) même (?:sujet|thème)\\b|sur le même thème\\b|dans la même rubrique\\b"
            + "|(?:nos|notre|les|d'autres|d’autres) (?:articles?|dossiers?|contenus?|vidéos?)"
            + " (?:sur|liés|similaires|associés|recommandés)\\b"
            + "|(?:articles?|contenus?) (?:liés|similaires|associés|recommandés|populaires|les plus lus)\\b"
            + "|(?:les )?plus (?:lus|partagés|commentés)\\b|pour aller plus loin\\b|en savoir plus\\s*[:»>]?$"
            + "|(?:article|page) (?:précédent|suivant)e?\\b|(?:précédent|suivant)\\s*$"
            + "|(?:sommaire|table des matières|au sommaire|dans cet article)\\s*:?$"
            // sharing and following
            + "|(?:partager|partagez|tweeter|imprimer|envoyer par (?:e-?mail|courriel)|copier le lien"
            + "|réagir|réagissez)\\b"
            + "|suivez-nous\\b|suivre (?:sur|l'auteur|l’auteur|ce sujet)\\b"
            // bylines, dates, credits, tags
            + "|(?:(?:article|page|dernière|derniere) )?(?:publié|publiée|mis en ligne|mis à jour|mise à jour"
            + "|modifié|modifiée|actualisé|actualisée|posté|postée|rédigé)\\s*(?:le|à|il y a|:|,|\\d)"
            + "|(?:par|by) \\p{Lu}[^.!?]{0,70}$"
            + "|(?:crédits?|photos?|illustrations?|images?|sources?)"
            + "(?: (?:photos?|images?|illustrations?|iconographiques?))?\\s*:"
            + "|©|\\(c\\) "
            + "|(?:tags?|mots[- ]clés?|thèmes?|sujets?|catégories?|rubriques?)\\s*:"
            // accounts, subscriptions, paywalls, ads
            + "|(?:abonnez-vous|inscrivez-vous|s'abonner|s’abonner|je m'abonne|je m’abonne|déjà abonné"
            + "|connectez-vous|se connecter|veuillez vous connecter|créer un compte|identifiez-vous)\\b"
            + "|cet article (?:est réservé|vous est offert|est en accès libre)\\b|il vous reste \\d+"
            + "|réservé aux abonnés\\b|recevez (?:notre|nos|gratuitement)\\b"
            + "|(?:recevoir|recevez) la newsletter\\b|newsletter\\b"
            + "|(?:publicité|publicite|advertisement|annonce|contenu sponsorisé|sponsorisé|contenu partenaire)\\s*$"
            // comment forms
            + "|(?:\\d+ )?(?:commentaires?|réactions?)\\s*(?:\\(\\d+\\))?\\s*[:»>]?$"
            + "|(?:laisser|laissez|ajouter|écrire|poster|rédiger) (?:un|votre) (?:commentaire|réponse|avis)\\b"
            + "|(?:votre|vos) (?:adresse|commentaire|nom|réactions?|e-?mail|message)\\b"
            // cookie banners and site links
            + "|(?:ce site|notre site|nous) utilis(?:e|ons) des cookies\\b"
            + "|(?:accepter|refuser|paramétrer|personnaliser) (?:et fermer|les cookies|tout)\\b"
            + "|retour (?:en haut|à l'accueil|à l’accueil|au sommaire|aux articles)\\b|haut de (?:la )?page\\b"
            + "|(?:mentions légales|conditions générales|politique de confidentialité|plan du site"
            + "|nous contacter|qui sommes-nous)\\b"
            + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    static boolean isOverlay(Element e) {
        return matches(e, OVERLAY_TOKENS, OVERLAY_SUBSTRINGS);
    }

    static boolean isNegative(Element e) {
        if (FURNITURE_ROLES.contains(e.attr("role").trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return matches(e, NEGATIVE_TOKENS, NEGATIVE_SUBSTRINGS) || isOverlay(e);
    }

    static boolean isBylineLike(Element e) {
        return matches(e, BYLINE_TOKENS, List.of());
    }

    static boolean isQuote(Element e) {
        return matches(e, QUOTE_TOKENS, List.of());
    }

    static boolean isPositive(Element e) {
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.contains("articlebody") || itemprop.equals("text") || itemprop.equals("description")) {
            return true;
        }
        for (String t : tokens(e)) {
            if (POSITIVE_TOKENS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isCommentArea(Element e) {
        for (String t : tokens(e)) {
            if (COMMENT_TOKENS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isLeadHint(Element e) {
        String itemprop = e.attr("itemprop").toLowerCase(Locale.ROOT);
        if (itemprop.equals("description") || itemprop.equals("alternativeheadline")) {
            return true;
        }
        for (String t : tokens(e)) {
            if (LEAD_TOKENS.contains(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isArticleBodyHint(Element e) {
        return e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody");
    }

    /** A date or a time and nothing else: a timestamp label, not a sentence. */
    private static final Pattern TIMESTAMP_ONLY = Pattern.compile(
            "^(?:(?:le|du|mis à jour|maj|publié)\\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\\s*"
            + "(?:\\d{1,2}(?:er)?\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})?"
            + "\\s*(?:,|à|-|–|—)?\\s*(?:\\d{1,2}\\s*[h:]\\s*\\d{0,2}(?:\\s*min)?)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}©]+|[\\s\\-–—|•·*»>]+$");

    static boolean isFurniturePhrase(String text) {
        if (text.length() > 220) {
            return false;
        }
        // Related links and ad labels come dressed as "» Lire aussi", "→ À lire", "- Advertisement -".
        String bare = EDGE_MARKS.matcher(text).replaceAll("");
        return FURNITURE_PHRASE.matcher(bare).find() || (text.length() <= 60 && isTimestampOnly(bare));
    }

    static boolean isTimestampOnly(String text) {
        return PageTextBlock.countLetters(text) > 0 && text.matches(".*\\d.*")
                && TIMESTAMP_ONLY.matcher(text).matches();
    }

    /** Class and id words, split on separators and camelCase, accents folded. */
    static List<String> tokens(Element e) {
        String raw = e.className() + " " + e.id();
        List<String> out = new ArrayList<>();
        if (raw.isBlank()) {
            return out;
        }
        String folded = fold(CAMEL.matcher(raw).replaceAll(" "));
        for (String t : NON_ALNUM.split(folded)) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean matches(Element e, Set<String> tokenSet, List<String> substrings) {
        List<String> tokens = tokens(e);
        if (tokens.isEmpty()) {
            return false;
        }
        for (String t : tokens) {
            if (tokenSet.contains(t)) {
                return true;
            }
        }
        // Compound class names ("commentlist", "jp-relatedposts") hide the word inside a token;
        // pairs of tokens ("lire-aussi", "d-none") only mean something together.
        String joined = String.join("", tokens);
        for (String s : substrings) {
            if (joined.contains(s)) {
                return true;
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokenSet.contains(tokens.get(i) + tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    static String fold(String s) {
        String noAccents = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noAccents.toLowerCase(Locale.ROOT);
    }
}
