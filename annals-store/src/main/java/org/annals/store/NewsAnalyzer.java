package org.annals.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyser of headlines and bodies, at index and at query time: Unicode word boundaries (UAX
 * #29), lower case, accents folded ({@code Zürich} finds {@code Zurich}). No stemming and no stop
 * words: the store holds news in many languages (articles in English are indexed a second time with
 * {@link EnglishStemAnalyzer}).
 */
final class NewsAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
