import Foundation

/// The compiled recognisers of a vocabulary, built once per vocabulary and process: compiling every
/// phrase (folding, tokenising, stemming) costs far more than reading one query with them.
enum RecogniserCache {
    struct Compiled: Sendable {
        var issues: IssueRecogniser
        var contact: ContactRecogniser
        var asides: IssueAsides
        var examples: ExampleRecogniser
        /// Every issue synonym, folded: a merchant's name among them stays readable for the issue ("prime").
        var issueWords: Set<String>
        /// Every Latin word the vocabulary's own phrases use (issue synonyms, words for a seller, concepts),
        /// folded: such a word is written on purpose, so it is never read as a slip of a merchant's name
        /// ("price" is not "prime").
        var ordinaryWords: Set<String>
        /// Every Latin word of the example sentences, folded: shoppers wrote them (with the directory's merchants blanked
        /// out), so such a word is not a slip of a merchant's name either ("kindly" is not "kindle", and "etsy", a shop the
        /// directory does not know, is not "ebay"). Not made exact for the phrases: the examples keep their typing slips.
        var exampleWords: Set<String>
    }

    private static let lock = NSLock()
    /// Held while a vocabulary is compiled: threads that ask at the same time (the site plans on every core) wait for
    /// the one compiling instead of each compiling it again (four compiles were a fifth of the shipped site's build).
    private static let compiling = NSLock()
    nonisolated(unsafe) private static var compiled: [Int: (Vocabulary, Compiled)] = [:]

    static func recognisers(for vocabulary: Vocabulary) -> Compiled {
        if let c = cached(vocabulary) { return c }
        compiling.lock()
        defer { compiling.unlock() }
        if let c = cached(vocabulary) { return c }
        return compile(vocabulary)
    }

    private static func cached(_ vocabulary: Vocabulary) -> Compiled? {
        lock.lock()
        defer { lock.unlock() }
        if let (v, c) = compiled[vocabulary.hashValue], v == vocabulary { return c }
        return nil
    }

    private static func compile(_ vocabulary: Vocabulary) -> Compiled {
        let key = vocabulary.hashValue
        let stemmer = EnglishStemmer()
        let c = Compiled(issues: IssueRecogniser(vocabulary: vocabulary, stemmer: stemmer),
                         contact: ContactRecogniser(vocabulary: vocabulary, stemmer: stemmer),
                         asides: IssueAsides(vocabulary: vocabulary, stemmer: stemmer),
                         examples: ExampleRecogniser(vocabulary: vocabulary, stemmer: stemmer),
                         issueWords: Set(vocabulary.issues.flatMap { $0.synonyms.values.flatMap { $0 } }.map(SearchKey.fold)),
                         ordinaryWords: ordinaryWords(of: vocabulary),
                         exampleWords: Set(vocabulary.examples.values.flatMap { $0 }.flatMap(SearchKey.words)
                            .filter { $0.unicodeScalars.allSatisfy(QueryText.isLatin) }))
        lock.lock()
        if compiled.count > 8 { compiled.removeAll() }
        compiled[key] = (vocabulary, c)
        lock.unlock()
        return c
    }

    private static func ordinaryWords(of vocabulary: Vocabulary) -> Set<String> {
        let phrases = vocabulary.issues.flatMap { $0.synonyms.values.flatMap { $0 } }
            + vocabulary.thirdPartyWords.values.flatMap { $0 }
            + vocabulary.understanding.concepts.values.flatMap { $0 }
        return Set(phrases.flatMap(SearchKey.words).filter { $0.unicodeScalars.allSatisfy(QueryText.isLatin) })
    }
}
