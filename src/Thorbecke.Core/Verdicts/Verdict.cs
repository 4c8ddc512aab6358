namespace Thorbecke.Core.Verdicts;

/// <summary>How a document stands towards an ask.</summary>
public enum Verdict
{
    /// <summary>The document does not address the ask's topic.</summary>
    None,

    /// <summary>Same topic and direction, but only part of the ask or only in general terms.</summary>
    Partial,

    /// <summary>The document explicitly proposes or endorses the ask (all of it or its core).</summary>
    Support,

    /// <summary>The document proposes the opposite, or something clearly incompatible.</summary>
    Oppose,
}
