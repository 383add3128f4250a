using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// A shared machine builds slowly: BenchmarkDotNet's own two minutes to build a job's runner are not enough there.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
