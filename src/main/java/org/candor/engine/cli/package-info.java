/** The command-line validator authors run on their own files (see surveys/README.md). */
package org.candor.engine.cli;
