/** Input helpers shared by the analyzer's readers (compressed input). */
package shardplan.analyzer.io;
