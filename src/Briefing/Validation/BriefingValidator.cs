using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Validation;

/// <summary>Reads and checks a briefing, collecting every problem; writes nothing.</summary>
public static class BriefingValidator
{
    /// <summary>Validates the briefing whose root folder is <paramref name="root"/>.</summary>
    public static ValidationResult Validate(string root, bool strict = false)
    {
        var diagnostics = new DiagnosticBag();
        var fullRoot = Path.GetFullPath(root);
        var content = BriefingLoader.Load(fullRoot, diagnostics);
        var briefing = BriefingChecker.Check(fullRoot, content, diagnostics);
        return new ValidationResult(briefing, diagnostics.Sorted(), strict);
    }
}
