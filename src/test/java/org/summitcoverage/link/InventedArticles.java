package org.summitcoverage.link;

import org.summitcoverage.dict.TextFolding;
import org.summitcoverage.model.ArticleAnalysis;
import org.summitcoverage.model.ArticleMeta;
import org.summitcoverage.model.Entity;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.Mention;
import org.summitcoverage.model.Role;
import org.summitcoverage.model.RoleType;
import org.summitcoverage.model.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysed articles written by hand for the corpus-level tests: a text, the spans that name entities (every
 * occurrence of each given name becomes a mention), and roles. No model is loaded.
 */
public final class InventedArticles {
    private final String id;
    private String published;
    private String title;
    private final String text;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();

    private InventedArticles(String id, String text) {
        this.id = id;
        this.text = text;
    }

    public static InventedArticles article(String id, String text) {
        return new InventedArticles(id, text);
    }

    public InventedArticles published(String date) {
        this.published = date;
        return this;
    }

    public InventedArticles title(String t) {
        this.title = t;
        return this;
    }

    /** An event named {@code name} in the text (its id is the slug of the name). */
    public InventedArticles event(String name) {
        return event(name, name);
    }

    /** An event named {@code name}, written {@code surface} in the text (`30e sommet de l'UA`). */
    public InventedArticles event(String name, String surface) {
        return entity(EntityType.EVENT, "event:" + TextFolding.slug(name), name, "", surface);
    }

    /** A city of country {@code cc}. */
    public InventedArticles place(String name, String cc) {
        return entity(EntityType.LOCATION, "location:" + TextFolding.slug(name), name, cc, name);
    }

    /** A country written as {@code surface} in the text. */
    public InventedArticles country(String cc, String name, String surface) {
        return entity(EntityType.COUNTRY, "country:" + cc, name, cc, surface);
    }

    private InventedArticles entity(EntityType type, String entityId, String name, String cc, String surface) {
        int count = 0;
        int first = -1;
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            mentions.add(new Mention(entityId, type, surface, sentenceOf(at), at, at + surface.length(), "", "rule"));
            first = first < 0 ? at : first;
            count++;
        }
        if (count == 0) {
            throw new IllegalArgumentException("'" + surface + "' is not in the text of " + id);
        }
        entities.put(entityId, new Entity(entityId, type, name, cc, count, first));
        return this;
    }

    /** A role of a country, about the event named {@code eventName} ("" for none), read from {@code sentence}. */
    public InventedArticles role(RoleType role, String cc, String countryName, String eventName, String sentence,
                                 double confidence) {
        String event = eventName.isEmpty() ? "" : "event:" + TextFolding.slug(eventName);
        roles.add(new Role(role, "country:" + cc, EntityType.COUNTRY, countryName, event, "", "", 0, sentence,
                confidence));
        return this;
    }

    private int sentenceOf(int offset) {
        int n = 0;
        for (int i = 0; i < offset; i++) {
            n += text.charAt(i) == '.' ? 1 : 0;
        }
        return n;
    }

    public ArticleAnalysis build() {
        return new ArticleAnalysis(new ArticleMeta(id, id + ".txt", null, title, published, null, "", text.length()),
                Status.OK, "", "fra", text, 3, 60, List.copyOf(entities.values()), mentions, roles, null);
    }
}
