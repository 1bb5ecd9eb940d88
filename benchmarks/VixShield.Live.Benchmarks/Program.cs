using BenchmarkDotNet.Running;
using VixShield.Live.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(IndicatorUpdateBenchmarks).Assembly).Run(args);
