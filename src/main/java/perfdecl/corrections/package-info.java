/** The review's corrections log, {@code corrections.jsonl}: appended durably under a file lock, replayed whole. */
package perfdecl.corrections;
