import Foundation
import PackagePlugin

/// Builds the `Merchants/` folder (profiles and `_vocabulary/`) into the target as a Swift source file,
/// so a `supportdir` copied alone still has a directory. The YAML stays the single source: the file is
/// generated on every build where a YAML file changed, and decoded at run time through the YAML layer.
@main
struct DirectorySnapshotPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let merchants = context.package.directoryURL.appendingPathComponent("Merchants")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BuiltInSnapshot.swift")
        let inputs = Self.yamlFiles(under: merchants)
        return [.buildCommand(
            displayName: "Building the Merchants/ snapshot into \(target.name) (\(inputs.count) files)",
            executable: try context.tool(named: "SnapshotGenerator").url,
            arguments: [merchants.path, output.path],
            inputFiles: inputs,
            outputFiles: [output])]
    }

    /// The YAML files of the folder and of `_vocabulary/` (what the generator reads), sorted.
    static func yamlFiles(under folder: URL) -> [URL] {
        let fm = FileManager.default
        var files: [URL] = []
        for sub in ["", "_vocabulary"] {
            let dir = sub.isEmpty ? folder : folder.appendingPathComponent(sub)
            for name in (try? fm.contentsOfDirectory(atPath: dir.path)) ?? []
            where !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) {
                files.append(dir.appendingPathComponent(name))
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
