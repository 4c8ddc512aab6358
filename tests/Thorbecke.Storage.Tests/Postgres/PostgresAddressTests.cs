using System.Net;
using System.Net.Sockets;
using Npgsql;
using Thorbecke.Storage.Postgres;

namespace Thorbecke.Storage.Tests.Postgres;

/// <summary>How <c>--db</c> names a PostgreSQL database: a URL as hosting providers give them, or an Npgsql connection string.</summary>
public sealed class PostgresAddressTests
{
    [Theory]
    [InlineData("postgres://anna@db/thorbecke", true)]
    [InlineData(" POSTGRESQL://anna@db/thorbecke", true)]
    [InlineData("Host=db;Database=thorbecke", false)]
    [InlineData("/srv/thorbecke/postgres.db", false)]
    [InlineData("postgres.db", false)]
    [InlineData(null, false)]
    public void IsUrl_Should_tell_a_PostgreSQL_URL_from_a_file_path(string? text, bool expected) =>
        Assert.Equal(expected, PostgresProjectStore.IsUrl(text));

    [Fact]
    public void A_URL_Should_give_user_password_host_port_database_and_options_decoded()
    {
        var address = PostgresAddress.Parse("postgresql://team%40gemeente:p%40ss%3Aw%2Frd@db.example.nl:6543/thorbecke%20nl?sslmode=require&Timeout=30");

        Assert.Equal("team@gemeente", address.Username);
        Assert.Equal("p@ss:w/rd", address.Password);
        Assert.Equal("db.example.nl", address.Host);
        Assert.Equal(6543, address.Port);
        Assert.Equal("thorbecke nl", address.Database);
        Assert.Equal(SslMode.Require, address.SslMode);
        Assert.Equal(30, address.Timeout);
    }

    [Fact]
    public void A_URL_without_a_port_Should_use_PostgreSQL_s_own_and_an_IPv6_host_its_brackets_in_the_name()
    {
        var address = PostgresAddress.Parse("postgres://anna@[::1]/thorbecke");

        Assert.Equal(5432, address.Port);
        Assert.Equal("::1", address.Host);
        Assert.Equal("postgres://anna@[::1]:5432/thorbecke", PostgresAddress.Describe(address));
    }

    [Fact]
    public void The_name_Should_never_show_the_password_of_a_URL_or_of_a_connection_string()
    {
        Assert.Equal("postgres://anna@db:5432/thorbecke", PostgresAddress.Describe(PostgresAddress.Parse("postgres://anna:geheim@db/thorbecke")));
        Assert.Equal("postgres://anna@db:5433/thorbecke",
            PostgresAddress.Describe(PostgresAddress.Parse("Host=db;Port=5433;Username=anna;Password=geheim;Database=thorbecke")));
    }

    [Theory]
    [InlineData("postgres://anna:geheim@db", "'postgres://anna:***@db' is geen PostgreSQL-adres: de URL noemt geen database")]
    [InlineData("postgres://anna:geheim@db/thorbecke?onbekend=1",
        "'postgres://anna:***@db/thorbecke?onbekend=1' is geen PostgreSQL-adres: de optie 'onbekend' is onbekend of heeft een onleesbare waarde")]
    [InlineData("postgres://anna:geheim@db:99999/thorbecke", "'postgres://anna:***@db:99999/thorbecke' is geen PostgreSQL-adres: de URL is onleesbaar")]
    [InlineData("Host=db;Onbekend=1;Password=geheim",
        "'Host=db;Onbekend=1;Password=***' is geen PostgreSQL-adres: de verbindingsgegevens zijn onleesbaar of noemen een onbekende optie")]
    public void An_address_that_is_not_a_database_Should_be_refused_in_Dutch_without_its_password(string text, string start)
    {
        var refused = Assert.Throws<ArgumentException>(() => new PostgresProjectStore(text));

        Assert.StartsWith(start, refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("Schrijf postgres://gebruiker:wachtwoord@server:5432/database.", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_that_cannot_be_reached_Should_be_refused_in_Dutch_naming_it_without_the_password()
    {
        var port = FreePort();

        var refused = Assert.Throws<InvalidOperationException>(() => new PostgresProjectStore($"postgres://anna:geheim@127.0.0.1:{port}/thorbecke?timeout=5"));

        Assert.StartsWith($"De PostgreSQL-database postgres://anna@127.0.0.1:{port}/thorbecke is niet te openen: ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A port nothing listens on: taken from the system, then let go.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
