using Microsoft.AspNetCore.Builder;

namespace Briefing.Preview;

/// <summary>
/// The web host of the preview, made so that it watches no files of its own.
/// </summary>
/// <remarks>
/// <c>WebApplication.CreateSlimBuilder()</c> without options takes the working directory as its content
/// root and loads appsettings.json from it with reload on change. To see that file appear, .NET's file
/// provider sets a recursive watch on the whole content root, which on Linux is one inotify watch per
/// folder under the working directory: run from a folder holding old outputs, it used up the per-user
/// limit of watches (192,530), and the preview's own watcher on input/ then got none, so saves went
/// unseen. The preview reads no configuration files, so config reload is off and the content root is
/// the program's own folder.
/// </remarks>
internal static class PreviewHostBuilder
{
    public static WebApplicationBuilder Create() => WebApplication.CreateSlimBuilder(new WebApplicationOptions
    {
        Args = ["--hostBuilder:reloadConfigOnChange=false"],
        ContentRootPath = AppContext.BaseDirectory,
    });
}
