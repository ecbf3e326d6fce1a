package org.innoscape.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.innoscape.model.ActivityType;
import org.innoscape.model.Actor;
import org.innoscape.model.ActorKind;
import org.innoscape.model.ActorLevel;
import org.innoscape.model.FundingRecipients;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.PathwayStage;
import org.innoscape.model.PolicyInitiative;
import org.innoscape.model.StakeholderGroup;
import org.innoscape.model.Tristate;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.build.InnovationSystemBuilder;

/**
 * Synthetic programme registers for the duplication benchmark: programmes written from a varied
 * vocabulary (regions, technologies, conditions, beneficiaries, activities), with a share of planted
 * duplicates that paraphrase another programme (synonyms, reordered sentences, another owner).
 */
public final class SyntheticRegisters {
    private static final String[] TOWN_STARTS = {"Ash", "Brad", "Chester", "Dun", "Elm", "Fair", "Glen", "Hart", "Ink", "Kings",
            "Lang", "Mill", "New", "Oak", "Pen", "Red", "Stan", "Thorn", "Wal", "York"};
    private static final String[] TOWN_ENDS = {"ford", "ton", "bury", "ham", "field", "wick", "by", "minster", "stead", "mouth"};
    private static final String[] TECHNOLOGY_KINDS = {"remote", "automated", "virtual", "wearable", "predictive", "mobile",
            "robotic", "genomic", "cloud", "voice"};
    private static final String[] TECHNOLOGY_USES = {"monitoring", "triage", "diagnostics", "scheduling", "consultation",
            "prescribing", "imaging", "screening", "rehabilitation", "records", "coaching", "alerts"};
    private static final String[] CONDITIONS = {"cancer", "diabetes", "heart failure", "stroke", "asthma", "dementia",
            "depression", "anxiety", "kidney disease", "arthritis", "obesity", "frailty", "maternity", "child health",
            "sepsis", "COPD", "hypertension", "epilepsy", "eating disorders", "urgent care", "elective surgery", "outpatients",
            "wound care", "community nursing", "social care", "palliative care", "learning disabilities", "pain management",
            "glaucoma", "hearing loss"};
    private static final String[] SETTINGS = {"general practice", "acute hospitals", "care homes", "community pharmacy",
            "ambulance services", "mental health trusts", "hospices", "patients' homes"};
    /** Syllables for the specialist vocabulary: about 3,000 words drawn with a Zipf-like skew, as real texts are. */
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "zo", "qua", "bri", "cor", "den",
            "fal", "gor", "hul", "jin", "mar", "nor", "pel", "ros", "sul", "tam", "ver"};
    private static final String[] VERBS = {"develop", "test", "adopt", "spread", "evaluate", "scale", "pilot", "commission"};
    private static final String[] BENEFICIARIES = {"small companies", "NHS trusts", "clinicians", "GP practices", "patients",
            "researchers", "commissioners", "nurses", "care homes", "pharmacies"};
    /** Paraphrase table: a word and a replacement that means much the same. */
    private static final String[][] SYNONYMS = {{"supports", "helps"}, {"develop", "build"}, {"test", "trial"},
            {"evaluate", "assess"}, {"adopt", "take up"}, {"programme", "scheme"}, {"funding", "grants"}, {"improve", "enhance"},
            {"across", "throughout"}, {"services", "provision"}, {"national", "countrywide"}, {"pilot", "trial"}};

    private SyntheticRegisters() {
    }

    /** A register and the planted duplicate pairs in it (as initiative indices). */
    public record Register(InnovationSystem model, List<int[]> planted) {
    }

    public static Register generate(int initiatives, double duplicateShare, long seed) {
        Random random = new Random(seed);
        InnovationSystemBuilder b = new InnovationSystemBuilder("register-" + seed + "-" + initiatives, "Register " + initiatives);
        DefaultTemplate.addTo(b);
        InnovationSystem model = b.system();
        List<Actor> owners = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            owners.add(b.actor("o" + i, "Body " + i, ActorKind.ARMS_LENGTH_BODY, ActorLevel.NATIONAL));
        }
        List<int[]> planted = new ArrayList<>();
        int originals = (int) Math.round(initiatives / (1 + duplicateShare));
        for (int i = 0; i < initiatives; i++) {
            PolicyInitiative initiative = b.initiative("p" + i, "");
            if (i >= originals) {
                int source = random.nextInt(originals);
                paraphrase(model.getInitiatives().get(source), initiative, owners.get(random.nextInt(owners.size())), random);
                planted.add(new int[] {source, i});
            } else {
                original(initiative, model, owners.get(random.nextInt(owners.size())), random);
            }
        }
        return new Register(model, planted);
    }

    private static void original(PolicyInitiative p, InnovationSystem model, Actor owner, Random random) {
        String region = pick(TOWN_STARTS, random) + pick(TOWN_ENDS, random);
        String technology = pick(TECHNOLOGY_KINDS, random) + " " + pick(TECHNOLOGY_USES, random);
        String condition = pick(CONDITIONS, random);
        String setting = pick(SETTINGS, random);
        String verb = pick(VERBS, random);
        String who = pick(BENEFICIARIES, random);
        p.setName(region + " " + technology + " programme for " + condition);
        String specialist = specialistWords(random, 4);
        p.setDescription("The programme supports " + who + " to " + verb + " " + technology + " for " + condition + " in " + setting
                + " around " + region + ". It offers funding and expert advice to improve services across "
                + pick(TOWN_STARTS, random) + pick(TOWN_ENDS, random) + " and " + pick(CONDITIONS, random)
                + " pathways, with a focus on " + specialist + ". National evaluation will report outcomes for "
                + pick(BENEFICIARIES, random) + ".");
        p.getOwners().add(owner);
        List<PathwayStage> stages = model.getStages();
        p.getStagesSupported().add(stages.get(random.nextInt(stages.size())));
        if (random.nextBoolean()) {
            p.getStagesSupported().add(stages.get(random.nextInt(stages.size())));
        }
        List<StakeholderGroup> groups = model.getStakeholderGroups();
        p.getTargetGroups().add(groups.get(random.nextInt(groups.size())));
        p.getActivityTypes().add(ActivityType.VALUES.get(1 + random.nextInt(ActivityType.VALUES.size() - 1)));
        boolean funds = random.nextInt(3) > 0;
        p.setOffersFunding(funds ? Tristate.YES : Tristate.NO);
        p.setFundingRecipients(funds ? FundingRecipients.VALUES.get(2 + random.nextInt(3)) : FundingRecipients.NONE);
        int start = 2012 + random.nextInt(9);
        p.setStartDate(Integer.toString(start));
        p.setEndDate(Integer.toString(start + 1 + random.nextInt(5)));
    }

    /** The same programme told differently: synonyms, sentences reordered, another owner. */
    private static void paraphrase(PolicyInitiative source, PolicyInitiative copy, Actor owner, Random random) {
        String[] sentences = source.getDescription().split("\\. ");
        List<String> reordered = new ArrayList<>(List.of(sentences));
        java.util.Collections.rotate(reordered, 1 + random.nextInt(Math.max(1, reordered.size() - 1)));
        String text = String.join(". ", reordered);
        for (String[] pair : SYNONYMS) {
            if (random.nextBoolean()) {
                text = text.replace(pair[0], pair[1]);
            }
        }
        String name = source.getName();
        String[] words = name.split(" ");
        copy.setName(random.nextBoolean() ? name.replace("programme", "scheme") : String.join(" ", rotate(words)));
        copy.setDescription(text.endsWith(".") ? text : text + ".");
        copy.getOwners().add(owner);
        copy.getStagesSupported().addAll(source.getStagesSupported());
        copy.getTargetGroups().addAll(source.getTargetGroups());
        copy.getActivityTypes().addAll(source.getActivityTypes());
        copy.setOffersFunding(source.getOffersFunding());
        copy.setFundingRecipients(source.getFundingRecipients());
        copy.setStartDate(source.getStartDate());
        copy.setEndDate(source.getEndDate());
    }

    /** Words of a large specialist vocabulary; the square of a uniform number skews the choice towards common words. */
    private static String specialistWords(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble();
            int index = (int) (u * u * SYLLABLES.length * SYLLABLES.length * 5);
            words.add(SYLLABLES[index % SYLLABLES.length] + SYLLABLES[(index / SYLLABLES.length) % SYLLABLES.length]
                    + "ology" + (index / (SYLLABLES.length * SYLLABLES.length)));
        }
        return String.join(" and ", words);
    }

    private static String[] rotate(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = words[(i + 1) % words.length];
        }
        return out;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
