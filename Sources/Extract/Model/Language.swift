/// The languages crosscheck has rules for. Adding a case makes every `switch language`
/// in the dimension façades fail to compile: that list of errors is the to-do list.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable {
    case fr, en
}
