global using ThiDua.Rules.Benchmarks.Inputs;
global using ThiDua.Rules.Benchmarks.References;
