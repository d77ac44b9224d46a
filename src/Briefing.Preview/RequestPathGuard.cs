using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Briefing.Preview;

/// <summary>
/// Keeps every request inside the served site. Kestrel already removes dot segments, so the path the
/// handler sees looks clean; this looks at the request target as the client sent it, decoded as
/// often as it takes, and refuses anything that tries to climb out or hide a separator: a <c>..</c>
/// or <c>.</c> segment, an encoded slash or backslash, a backslash, a NUL or other control
/// character, an escape that is not UTF-8, or a path longer than any page of a site.
/// </summary>
public static class RequestPathGuard
{
    /// <summary>The longest path served: far longer than any page's path, far shorter than an attack's.</summary>
    public const int MaxPathLength = 1024;

    /// <summary>Null when the request may be answered; else the status to answer with (400 or 414).</summary>
    public static int? Refusal(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var path = raw.Split('?', 2)[0];
        if (path.Length > MaxPathLength)
        {
            return StatusCodes.Status414UriTooLong;
        }

        // Decode until nothing changes, so %252e%252e is seen as the ".." it becomes.
        for (var rounds = 0; rounds < 4; rounds++)
        {
            if (Climbs(path))
            {
                return StatusCodes.Status400BadRequest;
            }

            var decoded = Uri.UnescapeDataString(path);
            if (decoded == path)
            {
                return null;
            }

            path = decoded;
        }

        return StatusCodes.Status400BadRequest;
    }

    private static bool Climbs(string path) =>
        !EscapesAreUtf8(path)
        || path.Contains('\\') || path.Contains("%2f", StringComparison.OrdinalIgnoreCase) || path.Contains("%5c", StringComparison.OrdinalIgnoreCase)
        || path.Any(char.IsControl)
        || path.Split('/').Any(segment => segment is "." or "..");

    // An escape that is not UTF-8 (an overlong "%c0%ae" for '.', say) is left as it is by the decoder,
    // where some other program might read it as a dot: refuse it rather than guess.
    private static bool EscapesAreUtf8(string path)
    {
        var bytes = new List<byte>(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '%' && i + 2 < path.Length && byte.TryParse(path.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(path[i].ToString()));
            }
        }

        return Utf8.IsValid([.. bytes]);
    }
}
