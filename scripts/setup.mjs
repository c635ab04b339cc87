#!/usr/bin/env node
// `npm run setup`: make this checkout ready on a fresh Debian machine. Safe to run again.
//   1. npm dependencies from the lockfile (npm ci), skipped when node_modules already matches it;
//   2. the system parts (Chromium, CJK fonts, Jupyter, nbconvert, nbclient, poppler), installed with
//      apt-get when missing and run as root, otherwise the exact command to run is printed;
//   3. the build (dist/), which the CLI, the report and the notebooks import;
//   4. the tslab kernel, registered in .jupyter/ against this project's own node_modules/.bin/tslab.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Debian packages the project needs, and a command that shows each is present. */
const SYSTEM = [
  { pkg: "chromium", check: () => existsSync("/usr/bin/chromium") || existsSync("/usr/bin/chromium-browser") || !!process.env.PUPPETEER_EXECUTABLE_PATH },
  { pkg: "fonts-wqy-microhei", check: () => dpkgInstalled("fonts-wqy-microhei") },
  { pkg: "fonts-noto-cjk", check: () => dpkgInstalled("fonts-noto-cjk") },
  { pkg: "fonts-dejavu-core", check: () => dpkgInstalled("fonts-dejavu-core") },
  { pkg: "jupyter-notebook", check: () => dpkgInstalled("jupyter-notebook") },
  { pkg: "jupyter-nbconvert", check: () => dpkgInstalled("jupyter-nbconvert") },
  { pkg: "python3-nbclient", check: () => dpkgInstalled("python3-nbclient") },
  { pkg: "poppler-utils", check: () => onPath("pdftotext") && onPath("pdfinfo") },
];

function step(message) {
  process.stdout.write(`setup: ${message}\n`);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...options });
  if (r.status !== 0) {
    process.stderr.write(`setup: failed: ${cmd} ${args.join(" ")} (exit ${r.status ?? r.signal})\n`);
    process.exit(1);
  }
}

function onPath(bin) {
  return spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
}

function dpkgInstalled(pkg) {
  if (!onPath("dpkg-query")) return false;
  const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8" });
  return r.status === 0 && r.stdout.includes("install ok installed");
}

function hash(file) {
  return existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : "";
}

// 1. npm dependencies
const stamp = join(root, "node_modules", ".silkfigures-lock-hash");
const lockHash = hash(join(root, "package-lock.json"));
if (existsSync(stamp) && readFileSync(stamp, "utf8") === lockHash && existsSync(join(root, "node_modules", ".bin", "tsc"))) {
  step("npm dependencies match package-lock.json");
} else {
  step("installing npm dependencies from package-lock.json (npm ci)");
  run(npm, ["ci", "--no-audit", "--no-fund"]);
  writeFileSync(stamp, lockHash);
}

// 2. system packages
const missing = SYSTEM.filter((s) => !s.check()).map((s) => s.pkg);
if (missing.length === 0) {
  step("system packages present: " + SYSTEM.map((s) => s.pkg).join(", "));
} else if (process.getuid?.() === 0 && onPath("apt-get")) {
  step(`installing system packages: ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  run("apt-get", ["update"], { env });
  run("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { env });
} else {
  process.stderr.write(
    `setup: these system packages are missing: ${missing.join(" ")}\n` +
      `setup: install them with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing.join(" ")}\n` +
      `setup: (the report needs chromium, fonts-dejavu-core, fonts-wqy-microhei and fonts-noto-cjk; the notebooks need jupyter-notebook, jupyter-nbconvert and python3-nbclient; the tests need poppler-utils)\n`,
  );
  process.exitCode = 1;
}

// 3. build
step("building dist/");
run(npm, ["run", "-s", "build"]);

// 4. tslab kernel for the notebooks, in this checkout's .jupyter/ (JUPYTER_PATH=.jupyter/share/jupyter)
const tslab = join(root, "node_modules", ".bin", "tslab");
if (existsSync("/usr/bin/python3") && existsSync(tslab)) {
  const prefix = join(root, ".jupyter");
  const kernel = join(prefix, "share", "jupyter", "kernels", "tslab", "kernel.json");
  if (existsSync(kernel) && readFileSync(kernel, "utf8").includes(tslab)) step("tslab kernel registered in .jupyter/");
  else {
    step("registering the tslab kernel in .jupyter/");
    execFileSync(tslab, ["install", "--python=/usr/bin/python3", "--binary", tslab, "--prefix", prefix], { cwd: root, stdio: "inherit" });
  }
} else {
  step("python3 not found: notebooks will not run until it is installed (apt-get install python3)");
}
step(process.exitCode ? "incomplete (see above)" : "done");
