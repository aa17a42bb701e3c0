using System.Globalization;
using System.Text;

namespace Assistant.Bot.Channels.DirectLine;

/// <summary>Writes the Direct Line <c>ActivitySet</c> from stored wire JSON, without parsing it again.</summary>
internal static class ActivitySet
{
    /// <summary><c>{"activities":[…],"watermark":"N"}</c>; with none new, the given watermark again.</summary>
    public static string Write(IReadOnlyList<StoredActivity> activities, long watermark)
    {
        var last = activities.Count > 0 ? activities[^1].Seq : watermark;
        var text = new StringBuilder("{\"activities\":[");
        for (var i = 0; i < activities.Count; i++)
        {
            if (i > 0)
                text.Append(',');
            text.Append(activities[i].Json);
        }

        return text.Append("],\"watermark\":\"").Append(last.ToString(CultureInfo.InvariantCulture)).Append("\"}").ToString();
    }

    /// <summary>A frame of activities that are not stored (typing): no watermark, so the client keeps its own.</summary>
    public static string Ephemeral(string activityJson) => "{\"activities\":[" + activityJson + "]}";
}
