package org.annals.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.ingest.Validators.Validator;

/**
 * Everything one batch commits, prepared in memory before anything is written.
 *
 * @param seq the batch number (one more than the last committed)
 * @param committedAt when the commit started
 * @param articles the articles to write, each whole (new, updated, reprints, and duplicates that
 *     brought a new source)
 * @param replaced ids among {@code articles} that are already stored (their documents are replaced)
 * @param provenance new (article id, provenance) pairs
 * @param touched ids of unchanged articles read again, with the time read
 * @param checkpoints the last position per source key
 * @param seen item ids per source key
 * @param validators conditional-GET validators per URL
 * @param counts the outcomes
 */
record BatchWrite(
    long seq,
    Instant committedAt,
    List<StoredArticle> articles,
    Set<String> replaced,
    List<Map.Entry<String, Provenance>> provenance,
    Map<String, Instant> touched,
    Map<String, String> checkpoints,
    Map<String, Set<String>> seen,
    Map<String, Validator> validators,
    BatchResult counts) {}
