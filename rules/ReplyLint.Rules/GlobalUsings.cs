global using System.Collections.Immutable;
global using ReplyLint.Analysis;
global using ReplyLint.Diagnostics;
