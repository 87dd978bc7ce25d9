using BenchmarkDotNet.Running;

// Every benchmark class of this assembly, chosen with BenchmarkDotNet's own arguments
// (`--filter '*Gradient*'`, `--list flat`, `--job short`).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
