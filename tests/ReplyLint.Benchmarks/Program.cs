using BenchmarkDotNet.Running;
using ReplyLint.Benchmarks;

// `generate <folder> <count> [seed]` writes a corpus; anything else goes to BenchmarkDotNet (`--filter '*'`, `--list flat`, ...).
if (args is ["generate", .. var rest])
{
    return GenerateCommand.Run(rest, Console.Out, Console.Error);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(GenerateCommand).Assembly).Run(args).ToList();
var failed = summaries.Any(static s => s.HasCriticalValidationErrors || s.Reports.Any(static r => !r.Success));
return failed ? 1 : 0;
