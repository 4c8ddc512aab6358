using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Tests.Documents;

/// <summary>A document's own date is read from its first pages, only where it introduces the document.</summary>
public sealed class StatedDateTests
{
    [Theory]
    [InlineData("Datum 12 maart 2026", 2026, 3, 12)]
    [InlineData("Datum: 3 jun. 2026", 2026, 6, 3)]
    [InlineData("Den Haag, 1 juli 2026", 2026, 7, 1)]
    [InlineData("'s-Gravenhage, 15-04-2026", 2026, 4, 15)]
    [InlineData("dinsdag 16 september 2025", 2025, 9, 16)]
    [InlineData("20 januari 2026", 2026, 1, 20)]
    [InlineData("Vastgesteld op 2 december 2025", 2025, 12, 2)]
    public void Should_read_a_date_that_introduces_the_document(string line, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), StatedDate.FromLine(line));

    [Theory]
    [InlineData("Per 1 januari 2027 gaat de korting in.")]
    [InlineData("Datum 31 februari 2026")]
    [InlineData("Datum 12 maart 1812")]
    [InlineData("Wij bouwen 100.000 woningen per jaar.")]
    public void Should_leave_dates_in_running_text_and_impossible_dates_alone(string line) =>
        Assert.Null(StatedDate.FromLine(line));

    [Fact]
    public void Should_take_the_first_introducing_date_of_the_first_two_pages_only()
    {
        Page[] pages =
        [
            new(1, "Kamerbrief over het gemeentefonds\nAan de Voorzitter van de Tweede Kamer\nPer 1 januari 2027 verandert de verdeling."),
            new(2, "Den Haag, 12 maart 2026\nGeachte voorzitter,"),
            new(3, "Datum 1 mei 2026"),
        ];

        Assert.Equal(new DateOnly(2026, 3, 12), StatedDate.Find(pages));
        Assert.Null(StatedDate.Find([pages[0], new Page(2, "Geen datum."), pages[2]]));
    }
}
