import GRDB

/// Plain SQL on any SQLite file, with no crosscheck check at all: for tests inside this
/// package (making a foreign database, or a store from the future), never for users.
package enum RawSQLite {
    package static func execute(_ sql: String, at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }

    /// The first column of every row.
    package static func strings(_ sql: String, at path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        let result = try queue.read { db in try String.fetchAll(db, sql: sql) }
        try queue.close()
        return result
    }
}
