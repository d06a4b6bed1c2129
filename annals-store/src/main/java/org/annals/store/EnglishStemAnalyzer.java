package org.annals.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyser of the English stem fields: {@link NewsAnalyzer}'s words, possessives dropped and
 * each word reduced to its stem with Krovetz's stemmer ("pledged", "pledges", "pledging" →
 * "pledge"; "talks" → "talk"), which keeps real words and stems less eagerly than Porter's. No stop
 * words.
 */
final class EnglishStemAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result =
        new KStemFilter(
            new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))));
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
