package perfdecl.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The finding codes are one list: docs/findings.md is generated from {@link FindingCode} (run with
 * {@code -Dperfdecl.regenerate=true} to rewrite it), and every code literal in src/main is in that list.
 */
class FindingCodeTest {

    static final Path DOC = Path.of("docs/findings.md");
    private static final Path SOURCES = Path.of("src/main/java");
    /** Upper-case literals in src/main that are environment variable names, not finding codes. */
    private static final Set<String> ENVIRONMENT_NAMES = Set.of("OMP_THREAD_LIMIT", "MALLOC_ARENA_MAX", "PERFDECL_COORDINATOR");
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Finding codes · 发现代码\n\n")
                .append("Generated from `perfdecl.model.FindingCode` by `FindingCodeTest` (`mvn test -Dtest=FindingCodeTest ")
                .append("-Dperfdecl.regenerate=true`); a test fails when this file and the code list differ.\n")
                .append("由 `perfdecl.model.FindingCode` 生成，与代码不一致时测试失败。\n\n")
                .append("The severity is the code's default; a few sites use another and say why in the message ")
                .append("(`CHOICE_EXTRA_MARK` is `info` for boxes beside no option). The sentences shown for each ")
                .append("finding (CSVs, command line, report.html) come from `src/main/resources/perfdecl/write/messages_*.properties`.\n")
                .append("严重程度为默认值；CSV、命令行与 report.html 中每条发现的说明句来自上述消息目录。\n");
        for (FindingCode.Stage stage : FindingCode.Stage.values()) {
            md.append("\n## ").append(stage.zh()).append(" · ").append(stage.en()).append(" (`")
                    .append(stage.packageName()).append("`)\n\n")
                    .append("| code | severity | 说明 | description |\n|---|---|---|---|\n");
            for (FindingCode code : FindingCode.values()) {
                if (code.stage() == stage) {
                    md.append("| `").append(code.name()).append("` | ").append(code.defaultSeverity()).append(" | ")
                            .append(cell(code.zh())).append(" | ").append(cell(code.en())).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    @Test
    void docsFindingsMdIsGeneratedFromTheCodeList() throws IOException {
        String generated = markdown();
        if (Boolean.getBoolean("perfdecl.regenerate")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/findings.md is stale: run mvn test -Dtest=FindingCodeTest -Dperfdecl.regenerate=true")
                .isEqualTo(generated);
    }

    /** code literal → first file that has it. */
    private static Map<String, String> literalsInSources() throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = CODE_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.putIfAbsent(m.group(1), SOURCES.relativize(file).toString());
                }
            }
        }
        ENVIRONMENT_NAMES.forEach(found::remove);
        return found;
    }

    @Test
    void everyCodeTheSourcesEmitIsListed() throws IOException {
        Map<String, String> literals = literalsInSources();
        Set<String> unlisted = new TreeSet<>();
        literals.forEach((code, file) -> {
            if (FindingCode.of(code).isEmpty() && !file.endsWith("FindingCode.java")) {
                unlisted.add(code + " (" + file + ")");
            }
        });
        assertThat(unlisted).as("codes emitted by src/main but missing from FindingCode").isEmpty();
    }

    @Test
    void everyListedCodeIsEmittedSomewhere() throws IOException {
        Set<String> emitted = literalsInSources().keySet();
        for (FindingCode code : FindingCode.values()) {
            assertThat(emitted).as("FindingCode lists a code nothing emits").contains(code.name());
        }
    }

    @Test
    void severitiesAreTheThreeTheContractKnows() {
        for (FindingCode code : FindingCode.values()) {
            assertThat(code.defaultSeverity()).isIn(Finding.ERROR, Finding.WARNING, Finding.INFO);
            assertThat(code.zh()).isNotBlank();
            assertThat(code.en()).isNotBlank();
        }
    }
}
