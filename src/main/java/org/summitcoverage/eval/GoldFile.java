package org.summitcoverage.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.summitcoverage.model.EntityType;
import org.summitcoverage.model.RoleType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A gold file of docs/output.md § Gold files: what a careful reader finds in one article. */
public record GoldFile(String articleId, List<Item> entities, List<Item> roles, List<Item> optional) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An entity item (role null) or a role item. COUNTRY items carry {@code id}; the others {@code names}. */
    public record Item(RoleType role, EntityType type, String id, List<String> names) {
        public Item {
            names = names == null ? List.of() : List.copyOf(names);
        }

        public String describe() {
            String who = type == EntityType.COUNTRY ? id : String.join(" / ", names);
            return (role == null ? "" : role + " ") + type + " " + who;
        }
    }

    public static GoldFile read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        String id = root.path("article_id").asText();
        List<Item> entities = items(root.path("entities"), file);
        List<Item> roles = items(root.path("roles"), file);
        List<Item> optional = items(root.path("optional"), file);
        return new GoldFile(id, entities, roles, optional);
    }

    private static List<Item> items(JsonNode array, Path file) throws IOException {
        List<Item> out = new ArrayList<>();
        for (JsonNode n : array) {
            try {
                RoleType role = n.hasNonNull("role") ? RoleType.valueOf(n.get("role").asText()) : null;
                EntityType type = EntityType.valueOf(n.path("type").asText());
                List<String> names = new ArrayList<>();
                for (JsonNode name : n.path("names")) {
                    names.add(name.asText());
                }
                String id = n.hasNonNull("id") ? n.get("id").asText() : null;
                if (type == EntityType.COUNTRY && id == null || type != EntityType.COUNTRY && names.isEmpty()) {
                    throw new IOException(file + ": item without " + (type == EntityType.COUNTRY ? "id" : "names") + ": " + n);
                }
                out.add(new Item(role, type, id, names));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": bad item " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
