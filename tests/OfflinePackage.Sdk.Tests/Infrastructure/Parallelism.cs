// Every test works in a folder of its own and builds through `dotnet` child processes, sharing only what is made
// once per run behind a Lazy (the packed SDK and its feed, the package folder, the built Vite app). So the tests
// run side by side, each with a fixture instance of its own. docs/design.md says how to run them one at a time.
[assembly: Parallelizable(ParallelScope.Children)]
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
[assembly: LevelOfParallelism(3)]
