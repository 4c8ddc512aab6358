using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Thorbecke.Text.Compounds;

namespace Thorbecke.Search.Analysis;

/// <summary>Adds the known parts of each compound as extra terms at the same position, after the compound itself.</summary>
internal sealed class CompoundPartsFilter : TokenFilter
{
    private readonly CompoundSplitter splitter;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly Queue<string> pending = new();
    private State? state;

    public CompoundPartsFilter(TokenStream input, CompoundSplitter splitter)
        : base(input)
    {
        this.splitter = splitter;
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            RestoreState(state);
            term.SetEmpty().Append(pending.Dequeue());
            position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        foreach (var part in splitter.PartsOf(term.ToString()))
        {
            pending.Enqueue(part);
        }

        if (pending.Count > 0)
        {
            state = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        state = null;
    }
}
