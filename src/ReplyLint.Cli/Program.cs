using System.CommandLine;
using ReplyLint.Cli;

return await CliApplication.RunAsync(args, new InvocationConfiguration()).ConfigureAwait(false);
