import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.fs.FileUtils;

/**
 * Throw-away in-process Neo4j 5 Community server (+ APOC Core) for tests; started by scripts/neo4j-test-server.mjs.
 * Prints exactly one stdout line, "BOLT_URI=bolt://127.0.0.1:PORT", once Bolt accepts connections; everything else
 * goes to stderr. Exits (deleting its temp store) when stdin reaches EOF or on SIGTERM/SIGINT.
 * With -Dwarmup=true it first runs a Cypher query (used when recording the AppCDS class archive).
 * With -DcopyFrom=DIR it starts on a copy of DIR's data (a folder written by -DsaveTo), not an empty store; with
 * -DsaveTo=DIR a clean stop first shuts the databases down, then copies their data folder to DIR/data (benchmarks
 * load a large network once and start later servers on copies of it).
 * -Dneo4j.settings="name=value;name=value" sets further Neo4j settings by their documented names, after (so over) the
 * test settings below: e.g. the benchmarks' production-like page cache (bench/harness/engine.ts).
 */
public final class Launcher {
    private static final Config DEFAULTS = Config.defaults();

    /** Sets a setting by its documented name; fails loudly if the name does not exist in this Neo4j version. */
    @SuppressWarnings("unchecked")
    private static void set(Neo4jBuilder builder, String name, String value) {
        SettingImpl<Object> setting = (SettingImpl<Object>) DEFAULTS.getSetting(name);
        builder.withConfig(setting, setting.parse(value));
    }

    public static void main(String[] args) throws Exception {
        PrintStream stdout = System.out;
        System.setOut(System.err); // keep stdout for the single BOLT_URI line
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder().withDisabledServer(); // no HTTP/HTTPS
        set(builder, "server.bolt.listen_address", "127.0.0.1:0"); // the OS picks a free port
        set(builder, "server.bolt.tls_level", "DISABLED");
        set(builder, "dbms.security.auth_enabled", "false");
        set(builder, "server.memory.pagecache.size", "64m");
        set(builder, "dbms.usage_report.enabled", "false");
        set(builder, "db.memory.pagecache.warmup.enable", "false");
        set(builder, "db.tx_log.preallocate", "false");
        set(builder, "db.tx_log.rotation.retention_policy", "false");
        set(builder, "internal.dbms.bolt.netty_server_shutdown_quiet_period", "0"); // fast stop
        String copyFrom = System.getProperty("copyFrom", "");
        if (!copyFrom.isEmpty()) builder.copyFrom(Path.of(copyFrom));
        for (String entry : System.getProperty("neo4j.settings", "").split(";")) {
            if (entry.isBlank()) continue;
            int eq = entry.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("-Dneo4j.settings: expected name=value, got " + entry);
            set(builder, entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        Path plugins = apocPluginDir();
        if (plugins != null) {
            set(builder, "server.directories.plugins", plugins.toString());
            set(builder, "dbms.security.procedures.unrestricted", "apoc.*");
        }
        Neo4j neo4j = null;
        try {
            neo4j = builder.build();
            if (Boolean.getBoolean("warmup")) neo4j.defaultDatabaseService().executeTransactionally(
                    "UNWIND range(1, 3) AS i MERGE (a:W {i: i})-[:R]->(b:W {i: i + 1}) WITH a "
                            + "MATCH p = (a)-[:R*1..2]->(c) RETURN a.i, count(p), collect(c.i)");
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // Neo4j's non-daemon threads would keep the JVM alive
        }
        Neo4j server = neo4j;
        String saveTo = System.getProperty("saveTo", "");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!saveTo.isEmpty()) save(server, Path.of(saveTo));
            try {
                server.close();
            } catch (Throwable e) {
                if (saveTo.isEmpty()) throw e; // after save() shut the databases down, close may find nothing to stop
            }
        }, "neo4j-stop"));
        stdout.println("BOLT_URI=bolt://127.0.0.1:" + server.boltURI().getPort());
        stdout.flush();
        while (System.in.read() != -1) { /* the parent holds our stdin: EOF means it is gone */ }
        System.exit(0);
    }

    /** Shuts the databases down (their files are then consistent), then copies the data folder to dir/data. */
    private static void save(Neo4j server, Path dir) {
        try {
            Path data = server.config().get(GraphDatabaseSettings.data_directory);
            server.databaseManagementService().shutdown();
            FileUtils.copyDirectory(data, dir.resolve("data"));
            System.err.println("saved the store to " + dir);
        } catch (Throwable e) {
            System.err.println("could not save the store to " + dir + ": " + e);
        }
    }

    /** Neo4j loads procedures from a plugins folder: link the APOC jars from the classpath into a temp one. */
    private static Path apocPluginDir() throws Exception {
        Path dir = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            if (!jar.getFileName().toString().matches("apoc-(core|common)-.*\\.jar")) continue;
            if (dir == null) (dir = Files.createTempDirectory("neo4j-test-plugins")).toFile().deleteOnExit();
            Files.createSymbolicLink(dir.resolve(jar.getFileName()), jar).toFile().deleteOnExit(); // before dir
        }
        return dir;
    }
}
