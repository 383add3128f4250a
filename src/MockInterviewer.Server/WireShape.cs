using System.Reflection;
using System.Text.Json;

namespace MockInterviewer.Server;

/// <summary>A type as its JSON looks to a client ("string", "{ questionId, answer, language }"), for error messages.</summary>
public static class WireShape
{
    public static string Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "string";
        }

        if (type == typeof(bool))
        {
            return "boolean";
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return "number";
        }

        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));
        return "{ " + string.Join(", ", fields) + " }";
    }
}
