package perfdecl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfdecl.fixtures.Fixtures;

/** The audit command's language, end to end through picocli. */
class AuditCommandTest {

    private static String stderrOf(Runnable run) {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setErr(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheFindingsInChineseByDefaultAndInEnglishWithLangEn(@TempDir Path out) throws Exception {
        String input = Fixtures.path("audit/multi-year-filings.json").toString();
        int[] exit = new int[2];
        String zh = stderrOf(() -> exit[0] = Main.run("audit", "-o", out.resolve("zh").toString(), input));
        String en = stderrOf(() -> exit[1] = Main.run("audit", "--lang", "en", "-o", out.resolve("en").toString(), input));
        assertThat(exit).containsExactly(0, 0);
        assertThat(zh).contains("perfdecl: 警告 TARGET_LOWERED ×3：同一指标的目标值较上一年度放宽")
                .contains("perfdecl: 审计了 11 份申报表：5 个项目，13 条发现");
        assertThat(en).contains("perfdecl: warning TARGET_LOWERED ×3: an indicator's target made more lenient than the year before")
                .contains("perfdecl: audited 11 declaration(s): 5 linked project(s), 13 finding(s)");
        assertThat(Files.readString(out.resolve("en/report.html"))).contains("<html lang=\"en\">");
    }

    @Test
    void anUnknownLanguageIsAUsageError(@TempDir Path out) {
        String err = stderrOf(() -> assertThat(Main.run("audit", "--lang", "fr", "-o", out.toString(),
                Fixtures.path("audit/multi-year-filings.json").toString())).isEqualTo(2));
        assertThat(err).contains("--lang").contains("zh or en");
        assertThat(out).isEmptyDirectory();
    }
}
