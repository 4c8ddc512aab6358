namespace Thorbecke.SampleGenerator; internal static class Program { private static int Main() => 0; }
