namespace Briefing.Diagnostics;

/// <summary>
/// Every diagnostic code, in one place. Codes are stable: tests and editors' notes refer to them,
/// so a code is never reused for another meaning. BRF0xx are errors in files and fields,
/// BRF1xx are warnings, BRF2xx are theme and site errors.
/// </summary>
public static class DiagnosticCodes
{
    // Files and YAML syntax.

    /// <summary>The YAML (or front matter) cannot be parsed.</summary>
    public const string YamlSyntax = "BRF001";

    /// <summary>A required file is missing or cannot be read.</summary>
    public const string FileUnreadable = "BRF002";

    /// <summary>A file is larger than the generator will read.</summary>
    public const string FileTooLarge = "BRF003";

    /// <summary>YAML nested deeper than any briefing file needs.</summary>
    public const string NestingTooDeep = "BRF004";

    /// <summary>YAML anchors, aliases and merge keys are not part of the format.</summary>
    public const string AliasNotSupported = "BRF005";

    /// <summary>A file that must hold content is empty.</summary>
    public const string EmptyFile = "BRF006";

    /// <summary>A file under input/ that is not part of the layout.</summary>
    public const string UnexpectedFile = "BRF007";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "BRF008";

    /// <summary>A topic or page without its front matter.</summary>
    public const string FrontMatterMissing = "BRF009";

    // Quotes and article texts.

    /// <summary>A quote occurs more than once in its source.</summary>
    public const string QuoteAmbiguous = "BRF010";

    /// <summary>A quote points into a line declared as boilerplate.</summary>
    public const string QuoteInBoilerplate = "BRF011";

    /// <summary>A quote does not occur in its source.</summary>
    public const string QuoteNotFound = "BRF012";

    /// <summary>A boilerplate line that is not a line of the text.</summary>
    public const string BoilerplateNotInText = "BRF013";

    /// <summary>An article text that is not valid UTF-8.</summary>
    public const string TextNotUtf8 = "BRF014";

    /// <summary>A source's text file does not exist.</summary>
    public const string TextFileNotFound = "BRF015";

    /// <summary>A source's text path leaves the briefing's root or is not under seeds/.</summary>
    public const string TextPathInvalid = "BRF016";

    /// <summary>A file or folder of the briefing or theme is a link that leads outside it (or round in a circle).</summary>
    public const string LinkOutsideBriefing = "BRF017";

    /// <summary>Markdown nested deeper than the parser reads.</summary>
    public const string MarkdownTooDeep = "BRF018";

    // Fields and values.

    /// <summary>A key the format does not define.</summary>
    public const string UnknownKey = "BRF020";

    /// <summary>A required field is missing.</summary>
    public const string MissingField = "BRF021";

    /// <summary>A value of the wrong type (a list where a text is wanted, a word where a number is).</summary>
    public const string WrongType = "BRF022";

    /// <summary>An id that breaks the id pattern.</summary>
    public const string InvalidId = "BRF023";

    /// <summary>Two things of one kind with the same id.</summary>
    public const string DuplicateId = "BRF024";

    /// <summary>A date that is not one of the accepted forms.</summary>
    public const string InvalidDate = "BRF025";

    /// <summary>A URL that is not absolute http(s) where one is required.</summary>
    public const string InvalidUrl = "BRF026";

    /// <summary>A value outside its list (kind, stance, grade).</summary>
    public const string InvalidValue = "BRF027";

    /// <summary>A list that must have at least one item is empty.</summary>
    public const string EmptyList = "BRF028";

    /// <summary>A language that is not a BCP 47 tag.</summary>
    public const string InvalidLanguage = "BRF029";

    // References.

    /// <summary>A reference to an id that does not exist.</summary>
    public const string UnknownReference = "BRF030";

    /// <summary>A Markdown cross-reference to an id that does not exist.</summary>
    public const string UnknownCrossReference = "BRF031";

    /// <summary>A link with a scheme other than http(s), a relative path or a cross-reference kind.</summary>
    public const string UnsafeLink = "BRF032";

    /// <summary>A Wikidata id that is not Q followed by digits.</summary>
    public const string InvalidWikidataId = "BRF034";

    // Figures and forecasts (format version 2).

    /// <summary>A figure that gives both <c>approx</c> (version 1) and <c>qualifier</c>.</summary>
    public const string FigureHedgedTwice = "BRF035";

    /// <summary>A figure whose <c>high</c> is not above its value, or that gives a range with an open bound.</summary>
    public const string FigureRangeInvalid = "BRF036";

    /// <summary>An <c>outcome</c> on a claim that is not a forecast.</summary>
    public const string OutcomeNotOnForecast = "BRF037";

    /// <summary>An outcome that is not open but names no claims that show it.</summary>
    public const string OutcomeWithoutClaims = "BRF038";

    /// <summary>A source's short_title that is too long to serve as one.</summary>
    public const string ShortTitleTooLong = "BRF045";

    // Warnings.

    /// <summary>A source that no claim cites.</summary>
    public const string SourceNotCited = "BRF100";

    /// <summary>A topic that no claim belongs to.</summary>
    public const string TopicWithoutClaims = "BRF101";

    /// <summary>An entity that nothing refers to.</summary>
    public const string EntityNotReferenced = "BRF102";

    /// <summary>A claim graded 1 (confirmed by other sources) whose support comes from fewer than two independent claimants.</summary>
    public const string ConfirmedBySingleSource = "BRF103";

    /// <summary>A measure that no claim gives a figure for.</summary>
    public const string MeasureWithoutFigures = "BRF104";

    /// <summary>site.yml still holds a placeholder that <c>briefing init</c> wrote (a TODO title, a base URL under .invalid).</summary>
    public const string SitePlaceholder = "BRF110";

    /// <summary>A ' #' after an unquoted quote or statement began a YAML comment and cut the value short.</summary>
    public const string CommentCutValue = "BRF105";

    /// <summary>A relative Markdown link whose target is an id of the briefing: a cross-reference was probably meant.</summary>
    public const string RelativeLinkLooksLikeId = "BRF106";

    /// <summary>A placeholder written by <c>briefing new</c> (TODO, today's date) that was never replaced.</summary>
    public const string PlaceholderLeft = "BRF107";

    /// <summary>A claim graded 1 or 2 that evidence contradicts, with no notes saying why.</summary>
    public const string ContestedGradeWithoutNotes = "BRF111";

    /// <summary>A forecast graded 1 (confirmed) while its outcome is open or not given.</summary>
    public const string OpenForecastConfirmed = "BRF112";

    /// <summary>A claim whose <c>attributed_to</c> names nobody that any of its evidence's claimants is.</summary>
    public const string AttributionWithoutClaimant = "BRF113";

    // Theme and site.

    /// <summary>A template that cannot be parsed.</summary>
    public const string TemplateSyntax = "BRF200";

    /// <summary>A template that fails while rendering (an unknown variable, a wrong call).</summary>
    public const string TemplateRuntime = "BRF201";

    /// <summary>A template the site needs is missing from the theme.</summary>
    public const string TemplateMissing = "BRF202";

    /// <summary>The output folder cannot be written.</summary>
    public const string OutputUnwritable = "BRF203";

    /// <summary>A theme page template (pages/*.sbn) whose path is no address, or takes the place of a page the site writes.</summary>
    public const string ThemePageInvalid = "BRF204";
}
