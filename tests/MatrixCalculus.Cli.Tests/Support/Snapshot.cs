using System.Runtime.CompilerServices;
using System.Text;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;

namespace MatrixCalculus.Cli.Tests.Support;

/// <summary>
/// ApprovalTests with file names chosen by the test, so that the approved files read as
/// documentation: <c>Snapshots/derivations.approved.md</c>, <c>examples/NAME.expected.md</c>.
/// On a mismatch the text is written next to the approved file as <c>NAME.received.md</c> (ignored
/// by git) and the test fails; the quiet reporter opens no diff tool, so the same holds on CI.
/// To approve, review the difference and move the received file over the approved one.
/// </summary>
public static class Snapshot
{
    /// <summary><c>NAME.approved.md</c> in the folder of the calling test's source file.</summary>
    public static void VerifyMarkdown(string text, string name, [CallerFilePath] string caller = "") =>
        Verify(text, Path.GetDirectoryName(caller)!, name, ".approved.md");

    /// <summary><c>FOLDER/NAME.expected.md</c>: the approved output of an example is named for what it is.</summary>
    public static void VerifyExpected(string text, string folder, string name) =>
        Verify(text, folder, name, ".expected.md");

    private static void Verify(string text, string folder, string name, string approvedSuffix) =>
        Approvals.Verify(new Writer(text, approvedSuffix), new Namer(folder, name), new QuietReporter());

    private sealed record Namer(string SourcePath, string Name) : IApprovalNamer;

    // UTF-8 without a byte-order mark, \n line ends: the received file can replace the approved one as it is.
    private sealed class Writer(string text, string approvedSuffix) : IApprovalWriter
    {
        public string GetApprovalFilename(string basename) => basename + approvedSuffix;

        public string GetReceivedFilename(string basename) => basename + ".received.md";

        public string WriteReceivedFile(string received)
        {
            File.WriteAllText(received, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return received;
        }
    }
}
