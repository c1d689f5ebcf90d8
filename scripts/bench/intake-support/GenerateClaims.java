import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a pharmacy-claims intake file: ROWS claim rows for MEMBERS members (BENCH-000001 ...), fill
 * dates in the 170 days before today, NDCs of the twelve products scripts/bench/intake sets up. Every
 * fifth member fills ten different chronic drugs (so enough become eligible to exercise enrollment);
 * about 1 % of rows are reversals of a claim earlier in the file.
 *
 * <pre>java GenerateClaims.java OUT.csv ROWS MEMBERS</pre>
 *
 * <p>Shape mode: {@code java GenerateClaims.java OUT.csv MEMBERS FILLS YEARS PREFIX} writes FILLS fills for
 * each member (PREFIX-000001 ...) in each of the last YEARS plan years (this year's in the 170 days
 * before today, earlier years' anywhere in the year); every fifth member again fills ten chronic drugs,
 * the others four; about 1 % of rows reverse an earlier claim of the file.
 */
public class GenerateClaims {

    static final String[][] PRODUCTS = {
            {"00093721401", "LISINOPRIL 10 MG TAB"}, {"00071015523", "ATORVASTATIN 20 MG TAB"},
            {"00093104801", "METFORMIN 500 MG TAB"}, {"00378180001", "LEVOTHYROXINE 50 MCG TAB"},
            {"00069154041", "AMLODIPINE 5 MG TAB"}, {"62175011843", "OMEPRAZOLE 20 MG CAP"},
            {"16729021301", "SERTRALINE 50 MG TAB"}, {"00597005801", "TAMSULOSIN 0.4 MG CAP"},
            {"00006095254", "LOSARTAN 50 MG TAB"}, {"00006074031", "SIMVASTATIN 20 MG TAB"},
            {"00378003201", "METOPROLOL TARTRATE 50 MG"}, {"00173068220", "ALBUTEROL HFA INHALER"}};

    public static void main(String[] args) throws IOException {
        if (args.length == 5) {
            shape(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
            return;
        }
        Path out = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        int members = Integer.parseInt(args[2]);
        LocalDate today = LocalDate.now();
        SplittableRandom random = new SplittableRandom(20260630L);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("claim_id,member_id,fill_date,ndc,drug_name,days_supply,quantity,gross_cost,claim_status\n");
            StringBuilder line = new StringBuilder(128);
            for (long n = 1; n <= rows; n++) {
                line.setLength(0);
                if (n > 1000 && n % 97 == 0) {
                    // a reversal of a paid claim written earlier in the file
                    long reversed = n - 1 - random.nextLong(500);
                    if (reversed % 97 == 0) {
                        reversed--; // that row is itself a reversal
                    }
                    long memberOfReversed = (reversed - 1) % members + 1;
                    line.append("BC").append(reversed).append(",BENCH-").append(pad(memberOfReversed))
                            .append(",,,,,,,R\n");
                } else {
                    long member = (n - 1) % members + 1;
                    int round = (int) ((n - 1) / members);
                    boolean heavy = member % 5 == 0;
                    String[] product = PRODUCTS[heavy ? round % 10 : (int) ((member + round) % 4)];
                    LocalDate fill = today.minusDays(1 + random.nextInt(170));
                    int cents = heavy ? 9000 + random.nextInt(6000) : 500 + random.nextInt(4000);
                    line.append("BC").append(n).append(",BENCH-").append(pad(member)).append(',').append(fill)
                            .append(',').append(product[0]).append(',').append(product[1]).append(",30,30,")
                            .append(cents / 100).append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100)
                            .append(",P\n");
                }
                w.write(line.toString());
            }
        }
    }

    static void shape(Path out, int members, int fills, int years, String prefix) throws IOException {
        LocalDate today = LocalDate.now();
        SplittableRandom random = new SplittableRandom(20260630L);
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("claim_id,member_id,fill_date,ndc,drug_name,days_supply,quantity,gross_cost,claim_status\n");
            StringBuilder line = new StringBuilder(128);
            for (int round = 0; round < fills; round++) {
                for (int y = 0; y < years; y++) {
                    int year = today.getYear() - y;
                    for (int member = 1; member <= members; member++) {
                        n++;
                        line.setLength(0);
                        String id = prefix + "-" + pad(member);
                        if (n > 1000 && n % 97 == 0) {
                            // a reversal of this member's paid claim from an earlier round
                            long reversed = n - (long) members * years * (1 + random.nextInt(Math.max(1, Math.min(round, 5))));
                            if (round > 0 && reversed > 0 && reversed % 97 != 0) {
                                line.append(prefix).append('C').append(reversed).append(',').append(id).append(",,,,,,,R\n");
                                w.write(line.toString());
                                continue;
                            }
                        }
                        boolean heavy = member % 5 == 0;
                        String[] product = PRODUCTS[heavy ? round % 10 : (member + round) % 4];
                        LocalDate fill = y == 0 ? today.minusDays(1 + random.nextInt(170))
                                : LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                        int cents = heavy ? 9000 + random.nextInt(6000) : 500 + random.nextInt(4000);
                        line.append(prefix).append('C').append(n).append(',').append(id).append(',').append(fill)
                                .append(',').append(product[0]).append(',').append(product[1]).append(",30,30,")
                                .append(cents / 100).append('.').append(cents % 100 < 10 ? "0" : "").append(cents % 100)
                                .append(",P\n");
                        w.write(line.toString());
                    }
                }
            }
        }
    }

    static String pad(long member) {
        String s = Long.toString(member);
        return "0".repeat(Math.max(0, 6 - s.length())) + s;
    }
}
