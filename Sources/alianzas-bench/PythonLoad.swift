/// The yardstick the open is held to: a Python script that json-loads every file of the store,
/// in a fresh process, median of three (the "0.1× Python").
func pythonMs(_ store: String) -> Double {
  let script = "import json,glob,sys\nfor f in glob.glob(sys.argv[1]+'/*/*.json'): json.load(open(f))"
  return median(
    (0..<3).map { _ in Child.run("/usr/bin/env", ["python3", "-c", script, store]).milliseconds })
}
