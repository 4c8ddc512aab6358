using Thorbecke.Core.Accounts;
using Thorbecke.Core.Reviews;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Storage.Tests.Contract;

public abstract partial class ScanStoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private static IReviewStore Reviews(object store) => Assert.IsAssignableFrom<IReviewStore>(store);

    private static ReviewRequest Override(string document, int seen, string reviewer = "anna", Verdict verdict = Verdict.Oppose) =>
        new("financien-02", document, verdict, Confirmed: false, [new ReviewEvidence(1, "Wij willen dat gemeenten € 1,5 miljard extra krijgen.")],
            "Leest als steun, is tegen", reviewer, seen);

    [Fact]
    public void Should_keep_every_version_of_a_review_with_who_and_when()
    {
        var store = CreateStore();
        var document = Stored(store, "reviews");

        Reviews(store).SaveReview(Override(document.Info.Id, 0), Noon);
        Reviews(store).SaveReview(Override(document.Info.Id, 1, "bram", Verdict.Partial), Noon.AddMinutes(5));

        var history = Reviews(CreateStore()).ReviewHistory("financien-02", document.Info.Id);
        Assert.Equal([1, 2], history.Select(r => r.Version));
        Assert.Equal(["anna", "bram"], history.Select(r => r.Reviewer));
        Assert.Equal(Noon.AddMinutes(5), history[1].At);
        Assert.Equal("Leest als steun, is tegen", history[0].Comment);
        Assert.Equal(1, Assert.Single(history[0].Evidence).Page);
        var current = Assert.Single(Reviews(store).CurrentReviews());
        Assert.Equal(Verdict.Partial, current.Verdict);
    }

    [Fact]
    public void Should_refuse_a_save_on_top_of_a_version_the_reviewer_did_not_see()
    {
        var store = CreateStore();
        var document = Stored(store, "conflict");
        Reviews(store).SaveReview(Override(document.Info.Id, 0, "anna"), Noon);

        var conflict = Assert.Throws<ReviewConflictException>(() => Reviews(store).SaveReview(Override(document.Info.Id, 0, "bram"), Noon));

        Assert.Equal("anna", conflict.Current.Reviewer);
        Assert.Contains("anna", conflict.Message);
        Assert.Single(Reviews(store).ReviewHistory("financien-02", document.Info.Id));
    }

    [Fact]
    public void Should_keep_reviews_when_the_results_are_scanned_again()
    {
        var store = CreateStore();
        var document = Stored(store, "rescan");
        var agenda = Samples.Agenda();
        store.SaveResults("fp", Samples.Engine, document.Info.Id, Samples.Results(agenda, document.Info.Id));
        Reviews(store).SaveReview(Override(document.Info.Id, 0), Noon);

        store.SaveResults("fp", "engine-2", document.Info.Id, Samples.Results(agenda, document.Info.Id, "opnieuw"));
        store.SaveResults("fp", Samples.Engine, document.Info.Id, Samples.Results(agenda, document.Info.Id, "opnieuw"));

        var combined = ReviewedResult.Combine(store.FindResults("fp", Samples.Engine, document.Info.Id)!, Reviews(store).CurrentReviews());
        var cell = Assert.Single(combined, r => r.Ask == "financien-02");
        Assert.True(cell.IsReviewed);
        Assert.Equal(Verdict.Oppose, cell.Verdict);
        Assert.All(combined.Where(r => r.Ask != "financien-02"), r => Assert.False(r.IsReviewed));
    }

    [Fact]
    public void Should_store_accounts_with_their_role_and_never_the_password()
    {
        var store = CreateStore();
        var accounts = Assert.IsAssignableFrom<IAccountStore>(store);

        accounts.SaveAccount(new Account("admin", Role.Admin, PasswordHashing.Hash("geheim-1")));
        accounts.SaveAccount(new Account("admin", Role.Reviewer, PasswordHashing.Hash("geheim-2")));

        var account = Assert.IsAssignableFrom<IAccountStore>(CreateStore()).FindAccount("admin")!;
        Assert.Equal(Role.Reviewer, account.Role);
        Assert.DoesNotContain("geheim", account.PasswordHash);
        Assert.True(PasswordHashing.Verify("geheim-2", account.PasswordHash));
        Assert.False(PasswordHashing.Verify("geheim-1", account.PasswordHash));
        Assert.Single(accounts.ListAccounts());
    }
}
