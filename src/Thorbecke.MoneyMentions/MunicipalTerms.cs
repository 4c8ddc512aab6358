namespace Thorbecke.MoneyMentions;

/// <summary>
/// The Dutch words of municipal finance: municipalities themselves, their funds and the tasks the national
/// government pays them for. General on purpose: the list names the domain, not any one document's wording.
/// </summary>
internal static class MunicipalTerms
{
    /// <summary>Words that tie an amount to municipalities.</summary>
    public static TermList Municipal { get; } = new([
        "*gemeente*", "medeoverhe*", "decentrale overhe*", "lokale overhe*", "lokaal bestuur",
        "lokale bestuur*", "lokale", "lokaal", "algemene uitkering*", "specifieke uitkering*", "decentralisatie-uitkering*",
        "accres", "*opschalingskorting*", "btw-compensatiefonds", "ozb", "onroerendezaakbelasting*",
        "*jeugdzorg*", "*jeugdhulp*", "jeugdbescherming", "wmo*", "participatiewet*", "bijstand*", "sociaal domein",
        "sociale domein", "wijkteam*", "buurtteam*", "schuldhulp*", "schuldhulpverlening", "armoedebeleid",
        "onderwijshuisvesting", "schoolgebouw*", "leerlingenvervoer", "doelgroepenvervoer", "beschermd wonen",
        "maatschappelijke opvang", "huishoudelijke hulp", "inburgering*", "ggd*", "veiligheidsregio*",
        "wethouder*", "gemeenteraad*", "buurthuizen", "bibliothe*",
    ]);

    /// <summary>
    /// National domains that compete with a municipal word in the same sentence: when one of these is nearer to
    /// the amount, the amount is about it ("€ 1 miljard voor defensie, en gemeenten ...").
    /// </summary>
    public static TermList OtherDomains { get; } = new([
        "defensie*", "krijgsmacht", "navo*", "militair*", "leger", "wapen*", "kernwapen*", "europ*", "eu", "eu-*",
        "brussel", "ontwikkelingshulp", "ontwikkelingssamenwerking", "oekraine", "buitenland*", "kerncentrale*",
        "spoor*", "lelylijn", "nedersaksenlijn", "snelweg*", "netbeheerder*", "stroomnet*", "belastingdienst",
        "toeslag*", "aow", "pensioen*", "zorgverzekering*", "eigen risico", "ziekenhui*", "universiteit*",
        "hoger onderwijs", "wetenschap*", "landbouw*", "boeren", "stikstof*", "natuur*", "toekomstfonds",
        "klimaatfonds", "groeifonds", "multinational*", "miljonair*", "miljardair*", "vermogen*", "winstbelasting",
        "box", "kinderbijslag", "minimumloon", "politie", "rechtspraak", "gevangeni*", "asielzoekers", "coa",
    ]);
}
