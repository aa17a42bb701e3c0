using System.Text.Encodings.Web;
using System.Text.Unicode;
using Assistant.Bot.Resources;

namespace Assistant.Bot.Handoff.Officers.SignIn;

/// <summary>The small pages of Entra ID sign-in (not an officer, sign-in failed, signed out), in Chinese and English.</summary>
internal sealed class SignInPages(BotText text)
{
    // The default encoder escapes every CJK character; the page is UTF-8, so only markup needs escaping.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes the page <paramref name="name"/> (a BotText pair <c>{name}Title</c>/<c>{name}</c>) with <paramref name="status"/>.</summary>
    public Task WriteAsync(HttpResponse response, int status, string name, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        return response.WriteAsync(Html(name), cancellationToken);
    }

    private string Html(string name)
    {
        string T(string key, string language) => Encoder.Encode(text.Get(key, language));
        var body = string.Concat(new[] { BotLanguages.Chinese, BotLanguages.English }.Select(language =>
            $"<section lang=\"{(language == BotLanguages.Chinese ? "zh-Hans" : "en")}\"><h1>{T(name + "Title", language)}</h1>" +
            $"<p>{T(name, language)}</p><p><a href=\"/officer\">{T("OfficerSignInAgain", language)}</a></p></section>"));
        return $"<!doctype html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><title>{T(name + "Title", BotLanguages.Chinese)}</title></head><body>{body}</body></html>";
    }
}
