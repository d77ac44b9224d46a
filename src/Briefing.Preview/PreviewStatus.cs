using System.Text.Json;
using Briefing.Diagnostics;

namespace Briefing.Preview;

/// <summary>
/// <c>GET /_briefing/status</c>: the latest build's problems, cause first. The reload script reads it
/// when a build fails; editors' tools may too. docs/editing.md documents every field.
/// </summary>
public static class PreviewStatus
{
    /// <summary>The status of <paramref name="state"/> as JSON.</summary>
    public static string Json(PreviewState state)
    {
        var problems = state.Problems;
        return JsonSerializer.Serialize(new
        {
            generation = state.Generation,
            errors = problems.Any(p => p.IsError),
            total = problems.Count,
            problems = problems.Select(DiagnosticFormatter.ToCanonical),
            items = problems.Select(p => new
            {
                file = p.Location.File,
                line = p.Location.Line,
                column = p.Location.Column,
                severity = p.IsError ? "error" : "warning",
                code = p.Code,
                message = p.Message,
                link = PreviewFileView.LinkTo(p.Location),
            }),
            notice = ProblemNotice.Html(problems),
        });
    }
}
