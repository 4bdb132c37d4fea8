package org.summitcoverage.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small output folder written from literal strings: two events, French names with accents,
 * an organisation whose name needs escaping, an article without URL and one with a
 * {@code javascript:} URL, skipped and failed inputs, and a comparison with an earlier run.
 */
final class ReportFixture {

    static final String PARIS = "event:sommet-pour-l-action-sur-l-intelligence-artificielle";
    static final String PARIS_NAME = "Sommet pour l'action sur l'intelligence artificielle";
    static final String SEVILLE = "event:conference-de-seville";
    static final String URL_PARIS = "https://journal.exemple/afrique/sommet-paris-ia";
    static final String URL_BILAN = "https://radio.exemple/bilan?id=3&lang=fr";

    static final String ARTICLES = """
            article_id,source_path,url,title,published,source,language,status,reason,chars,sentences,tokens,entities,roles,sha256
            2025/paris-ia,2025/paris-ia.txt,https://journal.exemple/afrique/sommet-paris-ia,Sommet de Paris : la Côte d'Ivoire signe la déclaration,2025-02-11,L'Écho du Sahel,fr,ok,,2480,14,430,9,8,aa01
            2025/paris-ia-bilan,2025/paris-ia-bilan.html,https://radio.exemple/bilan?id=3&lang=fr,"Bilan du sommet : « Nous n'avons pas signé », disent Londres et Washington",2025-02-12T08:30:00+01:00,Radio Émeraude,fr,ok,,1875,11,322,6,4,aa02
            2025/seville,2025/seville.txt,,Conférence de Séville sur le financement du développement,2025-07-01,Dépêches & Cie,fr,ok,,1320,8,230,4,2,aa03
            2025/lien-douteux,2025/lien-douteux.txt,javascript:alert(1),Lien <douteux> & test,2025-03-02,,fr,ok,,400,3,70,1,1,aa04
            2025/hors-sujet,2025/hors-sujet.txt,,,,,en,skipped,langue non française (en),900,,,,,aa05
            2025/vide,2025/vide.txt,,,,,,skipped,article vide,0,,,,,aa06
            2025/binaire,2025/binaire.txt,,,,,,error,fichier binaire illisible,,,,,,aa07
            """;

    static final String ROLES = """
            article_id,role,entity_id,type,canonical_name,event_id,on_behalf_of,trigger,sentence_index,evidence,confidence
            2025/paris-ia,SIGNATORY,country:CI,COUNTRY,Côte d'Ivoire,event:sommet-pour-l-action-sur-l-intelligence-artificielle,,a signé,2,La Côte d'Ivoire a signé la déclaration finale du sommet de Paris.,0.93
            2025/paris-ia-bilan,SIGNATORY,country:CI,COUNTRY,Côte d'Ivoire,event:sommet-pour-l-action-sur-l-intelligence-artificielle,,signataires,4,"Comme l'Éthiopie, la Côte d'Ivoire figure parmi les signataires.",0.81
            2025/paris-ia,SIGNATORY,country:ET,COUNTRY,Éthiopie,event:sommet-pour-l-action-sur-l-intelligence-artificielle,,ont signé,3,L'Éthiopie et le Sénégal ont signé à leur tour.,0.88
            2025/paris-ia,SIGNATORY,country:SN,COUNTRY,Sénégal,event:sommet-pour-l-action-sur-l-intelligence-artificielle,,ont signé,3,L'Éthiopie et le Sénégal ont signé à leur tour.,0.88
            2025/paris-ia-bilan,NON_SIGNATORY,country:GB,COUNTRY,Royaume-Uni,event:sommet-pour-l-action-sur-l-intelligence-artificielle,,n'ont pas signé,1,Le Royaume-Uni et les États-Unis n'ont pas signé le texte.,0.9
            2025/paris-ia-bilan,NON_SIGNATORY,country:US,COUNTRY,États-Unis,event:sommet-pour-l-action-sur-l-intelligence-artificielle,,n'ont pas signé,1,Le Royaume-Uni et les États-Unis n'ont pas signé le texte.,0.9
            2025/paris-ia,CHAIR,country:FR,COUNTRY,France,event:sommet-pour-l-action-sur-l-intelligence-artificielle,,coprésidé,5,"Le sommet, coprésidé par la France et l'Inde, s'est achevé mardi.",0.95
            2025/paris-ia,CHAIR,country:IN,COUNTRY,Inde,event:sommet-pour-l-action-sur-l-intelligence-artificielle,,coprésidé,5,"Le sommet, coprésidé par la France et l'Inde, s'est achevé mardi.",0.95
            2025/paris-ia,HOST,country:FR,COUNTRY,France,event:sommet-pour-l-action-sur-l-intelligence-artificielle,,accueillait,0,La France accueillait au Grand Palais une centaine de délégations.,0.84
            2025/paris-ia,DELEGATION_HEAD,person:helene-lefevre-dupre,PERSON,Hélène Lefèvre-Dupré,event:sommet-pour-l-action-sur-l-intelligence-artificielle,country:CI,conduite par,6,"La délégation ivoirienne, conduite par Hélène Lefèvre-Dupré, a défendu un accès équitable au calcul.",0.87
            2025/seville,SIGNATORY,org:fondation-tech-cie,ORGANIZATION,Fondation <Tech> & Cie,event:conference-de-seville,,a adhéré,2,La Fondation <Tech> & Cie a adhéré à l'« Engagement de Séville ».,0.76
            2025/seville,HOST,country:ES,COUNTRY,Espagne,event:conference-de-seville,,pays hôte,0,"L'Espagne, pays hôte, a ouvert la conférence lundi.",0.9
            2025/lien-douteux,PARTICIPANT,person:jose-maria-nunez,PERSON,José María Núñez,,,était présent,1,José María Núñez était présent à la réunion.,0.7
            """;

    static final String SUMMARY = """
            entity_id,type,canonical_name,country_code,articles,mentions,signatory,non_signatory,chair,host,delegation_head,participant
            country:FR,COUNTRY,France,FR,3,14,0,0,1,1,0,0
            country:CI,COUNTRY,Côte d'Ivoire,CI,2,9,2,0,0,0,0,0
            country:IN,COUNTRY,Inde,IN,2,7,0,0,1,0,0,0
            country:GB,COUNTRY,Royaume-Uni,GB,2,6,0,1,0,0,0,0
            country:US,COUNTRY,États-Unis,US,2,5,0,1,0,0,0,0
            country:ET,COUNTRY,Éthiopie,ET,2,4,1,0,0,0,0,0
            country:ES,COUNTRY,Espagne,ES,1,3,0,0,0,1,0,0
            country:MA,COUNTRY,Maroc,MA,2,3,0,0,0,0,0,0
            country:SN,COUNTRY,Sénégal,SN,2,2,1,0,0,0,0,0
            country:CN,COUNTRY,Chine,CN,1,2,0,0,0,0,0,0
            country:DE,COUNTRY,Allemagne,DE,1,1,0,0,0,0,0,0
            country:BR,COUNTRY,Brésil,BR,1,1,0,0,0,0,0,0
            person:helene-lefevre-dupre,PERSON,Hélène Lefèvre-Dupré,,1,5,0,0,0,0,1,0
            person:amal-el-fallah-seghrouchni,PERSON,Amal El Fallah Seghrouchni,,1,3,0,0,0,0,0,0
            person:jose-maria-nunez,PERSON,José María Núñez,,1,2,0,0,0,0,0,1
            org:organisation-des-nations-unies,ORGANIZATION,Organisation des Nations unies,,2,6,0,0,0,0,0,0
            org:fondation-tech-cie,ORGANIZATION,Fondation <Tech> & Cie,,1,4,1,0,0,0,0,0
            org:union-africaine,ORGANIZATION,Union africaine,,1,2,0,0,0,0,0,0
            event:sommet-pour-l-action-sur-l-intelligence-artificielle,EVENT,Sommet pour l'action sur l'intelligence artificielle,,2,8,0,0,0,0,0,0
            event:conference-de-seville,EVENT,Conférence de Séville,,1,3,0,0,0,0,0,0
            location:paris,LOCATION,Paris,FR,2,4,0,0,0,0,0,0
            """;

    static final String CHANGES = """
            change,kind,entity_id,type,canonical_name,role,event_id,articles
            added,entity,country:ET,COUNTRY,Éthiopie,,,2025/paris-ia
            added,role,country:CI,COUNTRY,Côte d'Ivoire,SIGNATORY,event:sommet-pour-l-action-sur-l-intelligence-artificielle,2025/paris-ia;2025/paris-ia-bilan
            removed,role,country:GB,COUNTRY,Royaume-Uni,SIGNATORY,event:sommet-pour-l-action-sur-l-intelligence-artificielle,2025/ancien-article
            removed,entity,org:banque-mondiale,ORGANIZATION,Banque mondiale,,,2025/ancien-article
            """;

    static final String MANIFEST = """
            {
              "tool_version": "0.1.0",
              "started_at": "2025-11-27T21:00:03Z",
              "finished_at": "2025-11-27T21:02:47Z",
              "counts": {"articles": 7, "ok": 4, "skipped": 2, "error": 1},
              "skipped": [
                {"article_id": "2025/hors-sujet", "source_path": "2025/hors-sujet.txt", "status": "skipped", "reason": "langue non française (en)"},
                {"article_id": "2025/vide", "source_path": "2025/vide.txt", "status": "skipped", "reason": "article vide"},
                {"article_id": "2025/binaire", "source_path": "2025/binaire.txt", "status": "error", "reason": "fichier binaire illisible"}
              ],
              "options": {"threads": 4, "compare_with": "runs/2025-11-26", "min_confidence": 0.5},
              "inputs": [
                {"path": "2025/paris-ia.txt", "sha256": "aa01"}, {"path": "2025/paris-ia-bilan.html", "sha256": "aa02"},
                {"path": "2025/seville.txt", "sha256": "aa03"}, {"path": "2025/lien-douteux.txt", "sha256": "aa04"},
                {"path": "2025/hors-sujet.txt", "sha256": "aa05"}, {"path": "2025/vide.txt", "sha256": "aa06"},
                {"path": "2025/binaire.txt", "sha256": "aa07"}
              ]
            }
            """;

    /** The Paris summit as events.csv names it once the two articles' names are linked. */
    static final String PARIS_EVENT = "event:sommet-pour-l-action-sur-l-ia";

    /** The bilan article names the summit otherwise, and says the United States signed after all. */
    static final String EVENT_RUN_ROLES = ROLES.replace("2025/paris-ia-bilan,SIGNATORY,country:CI,COUNTRY,Côte d'Ivoire,"
            + PARIS, "2025/paris-ia-bilan,SIGNATORY,country:CI,COUNTRY,Côte d'Ivoire,event:sommet-de-paris")
            .replace("2025/paris-ia-bilan,NON_SIGNATORY,country:GB,COUNTRY,Royaume-Uni," + PARIS,
                    "2025/paris-ia-bilan,NON_SIGNATORY,country:GB,COUNTRY,Royaume-Uni,event:sommet-de-paris")
            .replace("2025/paris-ia-bilan,NON_SIGNATORY,country:US,COUNTRY,États-Unis," + PARIS,
                    "2025/paris-ia-bilan,NON_SIGNATORY,country:US,COUNTRY,États-Unis,event:sommet-de-paris")
            + "2025/paris-ia,SIGNATORY,country:US,COUNTRY,États-Unis," + PARIS
            + ",,ont finalement signé,7,Les États-Unis ont finalement signé la déclaration.,0.7\n";

    static final String EVENTS = """
            event_id,canonical_name,names,place,country_code,start_date,articles,reports
            event:sommet-pour-l-action-sur-l-ia,Sommet pour l'action sur l'IA,Sommet pour l'action sur l'intelligence artificielle | Sommet de Paris,Paris,FR,2025-02-10,2,2
            event:conference-de-seville,Conférence de Séville,Conférence de Séville,Séville,ES,2025-06-30,1,1
            """;

    static final String EVENT_ARTICLES = """
            event_id,article_id,local_event_id,local_name
            event:sommet-pour-l-action-sur-l-ia,2025/paris-ia,event:sommet-pour-l-action-sur-l-intelligence-artificielle,Sommet pour l'action sur l'intelligence artificielle
            event:sommet-pour-l-action-sur-l-ia,2025/paris-ia-bilan,event:sommet-de-paris,Sommet de Paris
            event:conference-de-seville,2025/seville,event:conference-de-seville,Conférence de Séville
            """;

    static final String EVENT_ROLES = """
            event_id,role,entity_id,type,canonical_name,reports,articles,first_published,evidence_article_id,evidence,conflict
            event:sommet-pour-l-action-sur-l-ia,SIGNATORY,country:CI,COUNTRY,Côte d'Ivoire,2,2,2025-02-11,2025/paris-ia,La Côte d'Ivoire a signé la déclaration finale du sommet de Paris.,
            event:sommet-pour-l-action-sur-l-ia,SIGNATORY,country:ET,COUNTRY,Éthiopie,1,1,2025-02-11,2025/paris-ia,L'Éthiopie et le Sénégal ont signé à leur tour.,
            event:sommet-pour-l-action-sur-l-ia,SIGNATORY,country:SN,COUNTRY,Sénégal,1,1,2025-02-11,2025/paris-ia,L'Éthiopie et le Sénégal ont signé à leur tour.,
            event:sommet-pour-l-action-sur-l-ia,SIGNATORY,country:US,COUNTRY,États-Unis,1,1,2025-02-11,2025/paris-ia,Les États-Unis ont finalement signé la déclaration.,NON_SIGNATORY
            event:sommet-pour-l-action-sur-l-ia,NON_SIGNATORY,country:GB,COUNTRY,Royaume-Uni,1,1,2025-02-12T08:30:00+01:00,2025/paris-ia-bilan,Le Royaume-Uni et les États-Unis n'ont pas signé le texte.,
            event:sommet-pour-l-action-sur-l-ia,NON_SIGNATORY,country:US,COUNTRY,États-Unis,1,1,2025-02-12T08:30:00+01:00,2025/paris-ia-bilan,Le Royaume-Uni et les États-Unis n'ont pas signé le texte.,SIGNATORY
            event:sommet-pour-l-action-sur-l-ia,CHAIR,country:FR,COUNTRY,France,1,1,2025-02-11,2025/paris-ia,"Le sommet, coprésidé par la France et l'Inde, s'est achevé mardi.",
            event:sommet-pour-l-action-sur-l-ia,CHAIR,country:IN,COUNTRY,Inde,1,1,2025-02-11,2025/paris-ia,"Le sommet, coprésidé par la France et l'Inde, s'est achevé mardi.",
            event:sommet-pour-l-action-sur-l-ia,HOST,country:FR,COUNTRY,France,1,1,2025-02-11,2025/paris-ia,La France accueillait au Grand Palais une centaine de délégations.,
            event:sommet-pour-l-action-sur-l-ia,DELEGATION_HEAD,person:helene-lefevre-dupre,PERSON,Hélène Lefèvre-Dupré,1,1,2025-02-11,2025/paris-ia,"La délégation ivoirienne, conduite par Hélène Lefèvre-Dupré, a défendu un accès équitable au calcul.",
            event:conference-de-seville,SIGNATORY,org:fondation-tech-cie,ORGANIZATION,Fondation <Tech> & Cie,1,1,2025-07-01,2025/seville,La Fondation <Tech> & Cie a adhéré à l'« Engagement de Séville ».,
            event:conference-de-seville,HOST,country:ES,COUNTRY,Espagne,1,1,2025-07-01,2025/seville,"L'Espagne, pays hôte, a ouvert la conférence lundi.",
            ,PARTICIPANT,person:jose-maria-nunez,PERSON,José María Núñez,1,1,2025-03-02,2025/lien-douteux,José María Núñez était présent à la réunion.,
            """;

    /** The whole run with its event files: the two Paris articles' names linked, the United States contested. */
    static Path writeRunWithEvents(Path dir) throws IOException {
        writeRun(dir);
        write(dir, "roles.csv", EVENT_RUN_ROLES);
        write(dir, "events.csv", EVENTS);
        write(dir, "event_roles.csv", EVENT_ROLES);
        write(dir, "event_articles.csv", EVENT_ARTICLES);
        return dir;
    }

    private ReportFixture() {
    }

    /** Writes the whole run, changes.csv included, into {@code dir}. */
    static Path writeRun(Path dir) throws IOException {
        write(dir, "articles.csv", ARTICLES);
        write(dir, "roles.csv", ROLES);
        write(dir, "summary.csv", SUMMARY);
        write(dir, "changes.csv", CHANGES);
        write(dir, "manifest.json", MANIFEST);
        return dir;
    }

    static void write(Path dir, String name, String content) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
