/// English modality examples: each clause must read as the given modality.
extension ModalityCuesEN {
    package static let corpus: [CorpusEntry<Modality>] = [
        .init(.planned, "The Council will meet in Brussels.", "The summit shall take place in Tokyo.",
              "The third meeting is expected to take place in 2025.", "The Council is scheduled for 2026.",
              "The summit is due to take place in May.", "The EU is set to sign the agreement.",
              "The parties plan to launch a forum.", "a meeting to be held in Paris", "the upcoming summit",
              "the next meeting", "They'll sign a letter of intent.", "The Council will be held, according to the minutes.",
              "It is the one to be held in Paris.", "The capital is preparing to welcome IGAD leaders on Saturday."),
        .init(.reported, "According to the minutes, the Council met.", "The agreement was signed, the minister said.",
              "The summit was reportedly postponed.", "The Commission says the Council met."),
        .init(.asserted, "The Council met in Tokyo today.", "The partnership was signed in May 2022.",
              "The summit took place as planned.", "It reflects the political will of both sides.",
              "The plan was adopted in 2023.", "It was the first summit to be held in his home town."),
    ]
}
