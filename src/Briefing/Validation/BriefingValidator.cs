using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Validation;

/// <summary>Reads and checks a briefing, collecting every problem; writes nothing.</summary>
public static class BriefingValidator
{
    /// <summary>Validates the briefing whose root folder is <paramref name="root"/>, reporting how far it got to <paramref name="progress"/>.</summary>
    public static ValidationResult Validate(string root, bool strict = false, Build.BuildProgress? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var fullRoot = Path.GetFullPath(root);
        var content = BriefingLoader.Load(fullRoot, diagnostics, progress);
        progress?.Begin("check", 0, "");
        var briefing = BriefingChecker.Check(fullRoot, content, diagnostics);
        progress?.End();
        return new ValidationResult(briefing, diagnostics.Sorted(), strict);
    }
}
