namespace Thorbecke.Core.Accounts;

/// <summary>What an account may do: viewers read, reviewers also judge cells and upload, admins also manage accounts.</summary>
public enum Role
{
    Viewer,
    Reviewer,
    Admin,
}
