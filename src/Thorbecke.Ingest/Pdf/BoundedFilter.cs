using Thorbecke.Ingest.Limits;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Thorbecke.Ingest.Pdf;

/// <summary>
/// One PdfPig filter that first learns how big its output will be, refuses it when the file's budget cannot pay,
/// and otherwise lets PdfPig decode as usual. Flate data without a predictor (almost every content stream) is
/// unpacked here once and handed back, so the check costs no second pass.
/// </summary>
internal sealed class BoundedFilter(IFilter inner, UnpackBudget budget, PageTreeGuard pageTree) : IFilter
{
    private const string Part = "PDF-stream";

    public bool IsSupported => inner.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        budget.ThrowIfExceeded();
        var limit = budget.Limits.MaxUnpackedPartBytes;
        Memory<byte> output;
        switch (inner)
        {
            case FlateFilter:
                var unpacked = StreamSizes.Inflate(input, limit);
                Charge(unpacked?.Length ?? limit + 1);
                output = HasPredictor(streamDictionary) ? inner.Decode(input, streamDictionary, filterProvider, filterIndex) : unpacked!.Value;
                break;
            case LzwFilter:
                Charge(StreamSizes.LzwSize(input.Span, EarlyChange(streamDictionary)));
                output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                break;
            case RunLengthFilter:
                Charge(StreamSizes.RunLengthSize(input.Span));
                output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                break;
            default:
                // The text filters shrink their input; image codecs only run when an image is drawn, which text extraction never asks.
                output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
                Charge(output.Length);
                break;
        }

        if (IsObjectStream(streamDictionary))
        {
            // Pages nodes packed in object streams are only visible once unpacked.
            pageTree.Count(output.Span);
        }

        return output;
    }

    private void Charge(long bytes) => budget.Take(bytes, bytes, Part);

    private static bool HasPredictor(DictionaryToken dictionary) =>
        Parameters(dictionary) is { } parameters && parameters.TryGet(NameToken.Predictor, out NumericToken predictor) && predictor.Int > 1;

    private static bool EarlyChange(DictionaryToken dictionary) =>
        Parameters(dictionary) is not { } parameters || !parameters.TryGet(NameToken.EarlyChange, out NumericToken early) || early.Int != 0;

    private static DictionaryToken? Parameters(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.DecodeParms, out DictionaryToken parameters) || dictionary.TryGet(NameToken.Dp, out parameters) ? parameters : null;

    private static bool IsObjectStream(DictionaryToken dictionary) =>
        dictionary.TryGet(NameToken.Type, out NameToken type) && type.Equals(NameToken.ObjStm);
}
