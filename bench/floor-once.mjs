// The report's floor as a whole command: start Node, launch the same browser with the same flags, print a one-line page.
import { printOneLine } from "../dist/report/pdf.js";

await printOneLine(process.argv[2]);
