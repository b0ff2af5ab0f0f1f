package dev.caravan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged daemon, {@code target/caravan.jar}, run as a separate process with its output in files. */
public final class CaravanProcess implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final Path stdout;
    private final Path workDir;

    private CaravanProcess(Process process, Path workDir, Path log, Path stdout) {
        this.process = process;
        this.workDir = workDir;
        this.log = log;
        this.stdout = stdout;
    }

    /** The jar Maven built; failsafe passes its path as the caravan.jar system property. */
    public static Path jar() {
        return Path.of(System.getProperty("caravan.jar", "target/caravan.jar")).toAbsolutePath();
    }

    public static CaravanProcess start(Path workDir, Map<String, String> environment, List<String> jvmFlags,
                                       String... args) throws IOException {
        return start(workDir, environment, List.of(), jvmFlags, args);
    }

    /** @param launcher words put before {@code java}, for example to start it with fewer privileges */
    public static CaravanProcess start(Path workDir, Map<String, String> environment, List<String> launcher,
                                       List<String> jvmFlags, String... args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        Path log = workDir.resolve("caravan.log");
        Path stdout = workDir.resolve("caravan.out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
            .redirectError(log.toFile()).redirectOutput(stdout.toFile());
        builder.environment().putAll(environment);
        return new CaravanProcess(builder.start(), workDir, log, stdout);
    }

    public static CaravanProcess start(Path workDir, String... args) throws IOException {
        return start(workDir, Map.of(), List.of(), args);
    }

    /** Waits until the log holds {@code text}; false if the process ended or the time ran out first. */
    public boolean awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return log().contains(text);
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("caravan did not exit within " + timeout);
        }
        return process.exitValue();
    }

    /** Sends SIGTERM, the way a service manager stops a daemon. */
    public void terminate() {
        process.destroy();
    }

    /** The working directory the daemon runs in. */
    public Path workDir() {
        return workDir;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    public String stdout() throws IOException {
        return Files.exists(stdout) ? Files.readString(stdout) : "";
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
