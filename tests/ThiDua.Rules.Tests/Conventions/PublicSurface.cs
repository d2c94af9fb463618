using System.Reflection;

namespace ThiDua.Rules.Tests.Conventions;

/// <summary>Walks the public surface of an assembly: every type a caller can see in a public or protected signature.</summary>
internal static class PublicSurface
{
    private const BindingFlags Visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Each (where, type) pair that a public signature of <paramref name="assembly"/> mentions.</summary>
    public static IEnumerable<(string Where, Type Type)> SignatureTypes(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes())
        {
            if (type.BaseType != null)
            {
                foreach (var t in Expand(type.BaseType))
                {
                    yield return ($"{type.FullName} base type", t);
                }
            }

            foreach (var t in type.GetInterfaces().SelectMany(Expand))
            {
                yield return ($"{type.FullName} interface", t);
            }

            foreach (var member in type.GetMembers(Visible).Where(IsVisible))
            {
                foreach (var t in MemberTypes(member).SelectMany(Expand))
                {
                    yield return ($"{type.FullName}.{member.Name}", t);
                }
            }
        }
    }

    /// <summary>Every custom attribute on the assembly's types, members and parameters.</summary>
    public static IEnumerable<(string Where, CustomAttributeData Attribute)> Attributes(Assembly assembly)
    {
        foreach (var attribute in assembly.GetCustomAttributesData())
        {
            yield return (assembly.GetName().Name!, attribute);
        }

        foreach (var type in assembly.GetTypes())
        {
            foreach (var attribute in type.GetCustomAttributesData())
            {
                yield return (type.FullName!, attribute);
            }

            foreach (var member in type.GetMembers(Visible))
            {
                foreach (var attribute in member.GetCustomAttributesData())
                {
                    yield return ($"{type.FullName}.{member.Name}", attribute);
                }

                if (member is MethodBase method)
                {
                    foreach (var parameter in method.GetParameters())
                    {
                        foreach (var attribute in parameter.GetCustomAttributesData())
                        {
                            yield return ($"{type.FullName}.{member.Name}({parameter.Name})", attribute);
                        }
                    }
                }
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
        Type t => t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem,
        _ => false,
    };

    private static IEnumerable<Type> MemberTypes(MemberInfo member)
    {
        switch (member)
        {
            case MethodInfo method:
                yield return method.ReturnType;
                foreach (var parameter in method.GetParameters())
                {
                    yield return parameter.ParameterType;
                }

                if (method.IsGenericMethodDefinition)
                {
                    foreach (var constraint in method.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()))
                    {
                        yield return constraint;
                    }
                }

                break;
            case ConstructorInfo constructor:
                foreach (var parameter in constructor.GetParameters())
                {
                    yield return parameter.ParameterType;
                }

                break;
            case PropertyInfo property:
                yield return property.PropertyType;
                foreach (var parameter in property.GetIndexParameters())
                {
                    yield return parameter.ParameterType;
                }

                break;
            case FieldInfo field:
                yield return field.FieldType;
                break;
            case EventInfo @event when @event.EventHandlerType != null:
                yield return @event.EventHandlerType;
                break;
            case Type nested:
                yield return nested;
                break;
        }
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
