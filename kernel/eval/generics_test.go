package eval

import (
	"bufio"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gonotes/gonotes/lib/hook"
)

// The generic (and Go 1.23+) standard library in cells (issue 11). Each
// expected output is what `go run` prints for the same program.

// genericCells runs cells in a fresh session and checks the output of all.
func genericCells(t *testing.T, want string, cells ...string) {
	t.Helper()
	ts := newSession(t)
	var got string
	for _, code := range cells {
		got += ts.ok(code).stdout.String()
	}
	if got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

func TestGenericSlices(t *testing.T) {
	genericCells(t, `[1 2 3] 1 false 3 1
2 true true
[3 2 1] [1 2 3] [1 2 1] [1 2 3 4]
1 [a a a]
[fig pear apple] true [0 3]
1 1.5
`, `xs := []int{3, 1, 2}
slices.Sort(xs)
fmt.Println(xs, slices.Index(xs, 2), slices.Contains(xs, 5), slices.Max(xs), slices.Min(xs))
i, found := slices.BinarySearch(xs, 3)
fmt.Println(i, found, slices.Equal(xs, []int{1, 2, 3}))
ys := slices.Clone(xs)
slices.Reverse(ys)
fmt.Println(ys, xs, slices.Compact([]int{1, 1, 2, 2, 1}), slices.Insert([]int{1, 4}, 1, 2, 3))
fmt.Println(slices.IndexFunc(xs, func(v int) bool { return v > 1 }), slices.Repeat([]string{"a"}, 3))`,
		`words := []string{"pear", "fig", "apple"}
slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
fmt.Println(words, slices.IsSorted(xs), slices.Delete([]int{0, 1, 2, 3}, 1, 3))`,
		// Explicit instantiation, full and partial.
		`fmt.Println(slices.Index[[]string, string]([]string{"a", "b"}, "b"), slices.Max[[]float64]([]float64{1.5, -2}))`)
}

// Every other function of slices and maps, once (a generic body is compiled
// when it is instantiated).
func TestGenericSlicesAndMapsAll(t *testing.T) {
	genericCells(t, `true
-1 0
true
[5 8]
[5 7 7 8 2]
[1 2]
true 2
[1 2 3]
[2 2 5 8]
true
2 8
2 true
[8 5 2 2] [8 5 2 2]
true
[0 1 10 11 12]
[NaN 1 3] NaN
[1 9 9 2 3]
[1 3 4 2]
true
map[a:1]
1
`, `xs := []int{5, 2, 8, 2}
fmt.Println(slices.EqualFunc(xs, []string{"5", "2", "8", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
fmt.Println(slices.Compare(xs, []int{5, 3}), slices.CompareFunc(xs, xs, func(a, b int) int { return a - b }))
fmt.Println(slices.ContainsFunc(xs, func(v int) bool { return v > 7 }))
fmt.Println(slices.DeleteFunc(slices.Clone(xs), func(v int) bool { return v == 2 }))
fmt.Println(slices.Replace(slices.Clone(xs), 1, 2, 7, 7))
fmt.Println(slices.CompactFunc([]int{1, 1, 2}, func(a, b int) bool { return a == b }))
fmt.Println(cap(slices.Grow([]int{1}, 10)) >= 11, len(slices.Clip(make([]int, 2, 10))))
fmt.Println(slices.Concat([]int{1}, []int{2, 3}))
ys := slices.Clone(xs); slices.SortStableFunc(ys, func(a, b int) int { return a - b }); fmt.Println(ys)
fmt.Println(slices.IsSortedFunc(ys, func(a, b int) int { return a - b }))
fmt.Println(slices.MinFunc(xs, func(a, b int) int { return a - b }), slices.MaxFunc(xs, func(a, b int) int { return a - b }))
fmt.Println(slices.BinarySearchFunc(ys, 5, func(e, t int) int { return e - t }))
fmt.Println(slices.SortedFunc(slices.Values(xs), func(a, b int) int { return b - a }), slices.SortedStableFunc(slices.Values(xs), func(a, b int) int { return b - a }))
big := make([]int, 100); for i := range big { big[i] = (i * 37) % 101 }; slices.Sort(big); fmt.Println(slices.IsSorted(big))
bs := make([]string, 50); for i := range bs { bs[i] = fmt.Sprint((i*7)%50) }; slices.SortFunc(bs, strings.Compare); fmt.Println(bs[:5])
fl := []float64{3, math.NaN(), 1}; slices.Sort(fl); fmt.Println(fl, slices.Max([]float64{1, math.NaN()}))
fmt.Println(slices.Insert([]int{1, 2, 3}, 1, []int{9, 9}...))
s := []int{1, 2, 3, 4}; fmt.Println(slices.Insert(s[:2], 1, s[2:]...))
m := map[string]int{"a": 1}
fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1"}, func(v int, w string) bool { return fmt.Sprint(v) == w }))
m2 := map[string]int{}; maps.Copy(m2, m); fmt.Println(m2)
fmt.Println(len(slices.Collect(maps.Keys(m))))`)
}

// Generic functions instantiated with the cell's own types.
func TestGenericWithCellTypes(t *testing.T) {
	genericCells(t, `[{Bo 25} {Al 30} {Cy 35}]
2 true
[Al Bo Cy]
Cy
[-1 2 3.5] 3.5
`, `type Person struct { Name string; Age int }
people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 35}}
slices.SortFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
fmt.Println(people)
fmt.Println(slices.Index(people, Person{"Cy", 35}), slices.ContainsFunc(people, func(p Person) bool { return p.Age > 33 }))
byName := map[string]Person{}
for _, p := range people { byName[p.Name] = p }
fmt.Println(slices.Sorted(maps.Keys(byName)))
oldest := slices.MaxFunc(people, func(a, b Person) int { return a.Age - b.Age })
fmt.Println(oldest.Name)
type Celsius float64
temps := []Celsius{3.5, -1, 2}
slices.Sort(temps)
fmt.Println(temps, slices.Max(temps))`)
}

func TestGenericMapsAndIterators(t *testing.T) {
	genericCells(t, `[a b c] [1 2 3]
false 3 4
map[a:1 c:3]
map[0:x 1:y]
map[0:x 1:y 5:z]
v 1
v 2
1 q
0 p
[[1 2] [3 4] [5]] [0 1 2 3]
`, `m := map[string]int{"b": 2, "a": 1, "c": 3}
keys := slices.Sorted(maps.Keys(m))
fmt.Println(keys, slices.Sorted(maps.Values(m)))
m2 := maps.Clone(m)
m2["d"] = 4
fmt.Println(maps.Equal(m, m2), len(m), len(m2))
maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 0 })
fmt.Println(m2)`,
		`c := maps.Collect(slices.All([]string{"x", "y"}))
fmt.Println(c)
maps.Insert(c, maps.All(map[int]string{5: "z"}))
fmt.Println(c)`,
		// Iterators called directly.
		`seq := slices.Values([]int{1, 2, 3})
seq(func(v int) bool { fmt.Println("v", v); return v < 2 })
slices.Backward([]string{"p", "q"})(func(i int, s string) bool { fmt.Println(i, s); return true })
fmt.Println(slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2)), slices.AppendSeq([]int{0}, seq))`)
}

func TestGenericCmp(t *testing.T) {
	genericCells(t, "-1 1 true x 0\n-1 true 0\n",
		`fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5), cmp.Or("", "x", "y"), cmp.Or(0, 0))
fmt.Println(cmp.Compare(math.NaN(), 0), cmp.Less(math.NaN(), math.Inf(-1)), cmp.Compare[int8](3, 3))`)
}

func TestGenericImportIter(t *testing.T) {
	genericCells(t, `[0 1 2 3]
got 0
got 1
0 true
1 true
0 false
0 a true
1 b true
0  false
`, `import "iter"

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(m []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}`, `fmt.Println(slices.Collect(Count(4)))
var s iter.Seq[int] = Count(2)
s(func(v int) bool { fmt.Println("got", v); return true })`,
		`next, stop := iter.Pull(Count(3))
fmt.Println(next())
fmt.Println(next())
stop()
fmt.Println(next())
next2, stop2 := iter.Pull2(Pairs([]string{"a", "b"}))
fmt.Println(next2())
fmt.Println(next2())
fmt.Println(next2())
stop2()`)
}

// An explicit import of a package with compiled and generic parts, twice.
func TestGenericImportTwice(t *testing.T) {
	genericCells(t, "1\ntrue\n",
		"import \"slices\"\nfmt.Println(slices.Index([]int{1, 2}, 2))",
		"import \"slices\"\nfmt.Println(slices.Equal([]int{1}, []int{1}))")
}

// Compiled names (strings.ToUpper, strings.SplitSeq of Go 1.24) and generic
// ones in the same cell.
func TestGenericMixedWithCompiled(t *testing.T) {
	genericCells(t, `ABC [a b c] [go yaegi]
"x\n"
"y\n"
[p q] 3
`, `m := map[string]int{"go": 1, "yaegi": 2}
fmt.Println(strings.ToUpper("abc"), slices.Collect(strings.SplitSeq("a,b,c", ",")), slices.Sorted(maps.Keys(m)))
for _, l := range slices.Collect(strings.Lines("x\ny\n")) {
	fmt.Printf("%q\n", l)
}
fmt.Println(slices.Collect(strings.FieldsSeq(" p  q ")), len(slices.Collect(bytes.SplitSeq([]byte("1-2-3"), []byte("-")))))`)
}

func TestGenericSync(t *testing.T) {
	genericCells(t, `42 42 2
ok <nil> 3
true
a true b
b c false
`, `type node struct{ name string }`,
		`calls := 0
f := sync.OnceFunc(func() { calls++ })
f()
f()
v := sync.OnceValue(func() int { calls++; return 42 })
fmt.Println(v(), v(), calls)
vs := sync.OnceValues(func() (string, error) { calls++; return "ok", nil })
s, err := vs()
fmt.Println(s, err, calls)`,
		`var p atomic.Pointer[node]
fmt.Println(p.Load() == nil)
a := &node{"a"}
p.Store(a)
fmt.Println(p.Load().name, p.CompareAndSwap(a, &node{"b"}), p.Load().name)
old := p.Swap(&node{"c"})
fmt.Println(old.name, p.Load().name, p.CompareAndSwap(a, nil))`)
}

func TestGenericErrorsAsType(t *testing.T) {
	genericCells(t, "/nonexistent true\nfalse\nopen true\n",
		`_, err := os.Open("/nonexistent")
pe, ok := errors.AsType[*fs.PathError](fmt.Errorf("wrapped: %w", err))
fmt.Println(pe.Path, ok)
_, ok = errors.AsType[*fs.PathError](errors.New("plain"))
fmt.Println(ok)
pe, ok = errors.AsType[*fs.PathError](errors.Join(errors.New("a"), err))
fmt.Println(pe.Op, ok)`)
}

func TestGenericRandN(t *testing.T) {
	genericCells(t, "true 0\n", `import "math/rand/v2"
ok := true
for i := 0; i < 100; i++ {
	if n := rand.N(10); n < 0 || n >= 10 {
		ok = false
	}
	if d := rand.N(time.Second); d < 0 || d >= time.Second {
		ok = false
	}
}
fmt.Println(ok, rand.N[int64](1))`)
}

func TestGenericUniqueAndTypeFor(t *testing.T) {
	genericCells(t, "true false a b\nint []string\n",
		`h1, h2, h3 := unique.Make("a"), unique.Make("a"), unique.Make("b")
fmt.Println(h1 == h2, h1 == h3, h1.Value(), h3.Value())
fmt.Println(reflect.TypeFor[int](), reflect.TypeFor[[]string]())`)
}

// The first use of a package's generic part, which compiles it, in the
// middle of a cell's globals (in a func, and at the top level): the
// package's variables and the cell's do not share frame slots.
func TestGenericFirstUseAmidGlobals(t *testing.T) {
	genericCells(t, "A [1 2] B\nA B map[1:2] 4.5\n", `a := "A"
func f() []int { x := []int{2, 1}; slices.Sort(x); return x }
b := "B"
fmt.Println(a, f(), b)
c := maps.Clone(map[int]int{1: 2})
d := 4.5
fmt.Println(a, b, c, d)`)
	genericCells(t, "1 9 x 1 -1\n", `a := 1
var m sync.Mutex
m.Lock()
s := slices.Max([]int{3, 9})
m.Unlock()
e := errors.New("x")
p := atomic.Pointer[int]{}
p.Store(&a)
fmt.Println(a, s, e, *p.Load(), cmp.Compare(a, s))`)
}

// The generated generic sources match the toolchain's: running the
// go:generate line of stdlib/generic again gives the committed files.
func TestGenericSourcesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	yaegi, err := filepath.Abs("../../third_party/yaegi")
	if err != nil {
		t.Fatal(err)
	}
	gen := filepath.Join(yaegi, "stdlib/generic")
	data, err := os.ReadFile(filepath.Join(gen, "generic.go"))
	if err != nil {
		t.Fatal(err)
	}
	var args []string
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		if line, ok := strings.CutPrefix(sc.Text(), "//go:generate go run ../../internal/cmd/gengeneric -o src "); ok {
			args = strings.Fields(line)
		}
	}
	if len(args) == 0 {
		t.Fatal("no go:generate line in generic.go")
	}
	// A copy of src with the hand-written files only.
	tmp := t.TempDir()
	src := filepath.Join(gen, "src")
	generated := map[string]string{}
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), "go1_") {
			generated[rel] = string(b)
			return nil
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(tmp, rel)), 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(tmp, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", append([]string{"run", "./internal/cmd/gengeneric", "-o", tmp}, args...)...)
	cmd.Dir = yaegi
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gengeneric: %v\n%s", err, out)
	}
	for rel, want := range generated {
		got, err := os.ReadFile(filepath.Join(tmp, rel))
		if err != nil {
			t.Errorf("%s: not generated: %v", rel, err)
		} else if string(got) != want {
			t.Errorf("%s differs from the generator's output: run go generate ./stdlib/generic in third_party/yaegi", rel)
		}
	}
	if len(generated) != len(args) {
		t.Errorf("%d generated files for %d packages", len(generated), len(args))
	}
}

// BenchmarkNew measures the start of a session (eval.New): loading the
// standard library tables (the generic sources are compiled on first use).
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		hook.Reset()
		s, err := New(Options{})
		if err != nil {
			b.Fatal(err)
		}
		s.Shutdown()
	}
}

// BenchmarkFirstGenericUse measures a session's first cell that uses
// slices and maps (their sources, and those of cmp and iter, are compiled).
func BenchmarkFirstGenericUse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		hook.Reset()
		s, err := New(Options{})
		if err != nil {
			b.Fatal(err)
		}
		scope := hook.NewScope(1, nil, nil)
		b.StartTimer()
		if _, err := s.Execute(bg, scope, `_ = slices.Sorted(maps.Keys(map[string]int{"a": 1}))`); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Shutdown()
	}
}
