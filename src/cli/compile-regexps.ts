/**
 * Imported first by each command. The grammar runs a few hundred regular expressions; V8 at first
 * interprets each one and compiles it to machine code only after many runs, so a command over a
 * small folder (the report reads five articles) spends most of its extraction in the interpreter:
 * about 105 ms where compiled expressions take 65. Compiling each at its first use suits a command.
 * (A library's host keeps its own setting: this runs in the commands only.)
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
