package eval

import "testing"

// Regression tests of the standard-library conformance work (suite 6,
// "std"): each runs, as cells, a program whose output `go run` gave.

// A value-receiver method promoted from an embedded field (Len of an
// embedded IntHeap), called by compiled code through an interface that
// holds a pointer (heap.Interface of *Max), reads the field at each call:
// it read a copy made when the interface was made, so heap.Push saw the
// old length and a heap of an embedding type came out unsorted.
// third_party/yaegi/interp/run.go genFunctionWrapper (lateField).
func TestSuite6StdEmbeddedLateReceiver(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("container/heap"; "fmt"; "sort")
type Ints []int

func (h Ints) Len() int           { return len(h) }
func (h Ints) Less(i, j int) bool { return h[i] < h[j] }
func (h Ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *Ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *Ints) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Max struct{ Ints }

func (m Max) Less(i, j int) bool { return m.Ints[i] > m.Ints[j] }

type ByPtr struct{ *Ints }`)
	c := ts.ok(`m := &Max{}
var hi heap.Interface = m
hi.Push(5)
fmt.Println(hi.Len(), m.Len())
for _, x := range []int{1, 9, 3} {
	heap.Push(m, x)
}
fmt.Println(m.Ints)
fmt.Println(heap.Pop(m), heap.Pop(m))
fmt.Println(m.Ints)
p := &ByPtr{&Ints{}}
heap.Push(p, 4)
heap.Push(p, 2)
fmt.Println(*p.Ints)
var si sort.Interface = Max{Ints{1, 2}}
fmt.Println(si.Len(), si.Less(0, 1))`)
	if got, want := c.stdout.String(), "1 1\n[9 3 5 1]\n9 5\n[3 1]\n[2 4]\n2 false\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// io.WriteString (and io.Copy through strings.Reader's WriteTo) calls the
// WriteString method of an interpreted writer: the wrapper of io.Writer
// had only Write. third_party/yaegi/stdlib/wrapper-composed.go.
func TestSuite6StdWriterWriteString(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("bytes"; "fmt"; "io"; "strings")
type sw struct{ calls []string }

func (s *sw) Write(p []byte) (int, error) {
	s.calls = append(s.calls, "Write "+string(p))
	return len(p), nil
}
func (s *sw) WriteString(x string) (int, error) {
	s.calls = append(s.calls, "WriteString "+x)
	return len(x), nil
}

type rf struct{ bytes.Buffer }

func (r *rf) ReadFrom(src io.Reader) (int64, error) {
	b, err := io.ReadAll(src)
	r.Buffer.WriteString("RF:" + string(b))
	return int64(len(b)), err
}`)
	c := ts.ok(`s := &sw{}
io.WriteString(s, "a")
fmt.Fprint(s, "b")
io.Copy(s, strings.NewReader("c"))
fmt.Println(s.calls)
r := &rf{}
io.Copy(r, strings.NewReader("xyz"))
io.WriteString(r, "!")
fmt.Println(r.String())`)
	if got, want := c.stdout.String(), "[WriteString a Write b WriteString c]\nxyz!\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An elided &T{...} of a compiled struct type T in a composite literal
// (fstest.MapFS{"a": {Data: ...}}, []*bytes.Buffer{{}}) failed to compile:
// "CFG post-order panic: ... nil pointer dereference".
// third_party/yaegi/interp/cfg.go compositeGenerator, run.go
// doCompositeBinStruct.
func TestSuite6StdElidedPointerBinLiteral(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import ("bytes"; "fmt"; "image"; "io/fs"; "testing/fstest")
m := fstest.MapFS{"a.txt": {Data: []byte("hello")}, "b/c.txt": {Data: []byte("x"), Mode: 0o600}}
b, err := fs.ReadFile(m, "a.txt")
fmt.Println(string(b), err, m["b/c.txt"].Mode)
bs := []*bytes.Buffer{{}, {}}
bs[1].WriteString("z")
fmt.Println(bs[1].String(), len(bs))
ps := map[string]*image.Point{"p": {1, 2}, "q": {X: 3}}
fmt.Println(*ps["p"], *ps["q"])
arr := [2]*image.Rectangle{{Max: image.Pt(2, 2)}}
fmt.Println(arr[0], arr[1] == nil)`)
	if got, want := c.stdout.String(), "hello <nil> -rw-------\nz 2\n(1,2) (3,0)\n(0,0)-(2,2) true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// syscall.Kill is there (with an import of syscall): programs of
// os/signal test themselves with syscall.Kill(os.Getpid(), sig).
func TestSuite6StdSyscallKill(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import ("fmt"; "os"; "os/signal"; "syscall")
ch := make(chan os.Signal, 1)
signal.Notify(ch, syscall.SIGUSR1)
fmt.Println(syscall.Kill(os.Getpid(), syscall.SIGUSR1))
fmt.Println(<-ch)
signal.Stop(ch)`)
	if got, want := c.stdout.String(), "<nil>\nuser defined signal 1\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A pointer to a struct that embeds a compiled type by value (bytes.Buffer)
// has the pointer methods of that type (Write): it was rejected as an
// io.Writer ("cannot use type *main.logBuf as type io.Writer"), and its
// wrapper did not find Write. A value of a compiled interface type
// (sort.Interface, io.Reader) holding a notebook value, given to fmt, is
// that value: fmt printed the interpreter's wrapper struct.
// third_party/yaegi/interp/type.go methods, run.go methodByName and callBin.
func TestSuite6StdEmbeddedCompiledByValue(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("bytes"; "fmt"; "io"; "sort"; "strings")
type logBuf struct {
	bytes.Buffer
	n int
}

func (l *logBuf) Count() int { return l.n }

type Ints []int

func (h Ints) Len() int           { return len(h) }
func (h Ints) Less(i, j int) bool { return h[i] < h[j] }
func (h Ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

type R struct{ n int }

func (r *R) Read(p []byte) (int, error) { return 0, io.EOF }`)
	c := ts.ok(`l := &logBuf{}
var w io.Writer = l
fmt.Fprintf(w, "%d-%s", 7, "x")
io.Copy(l, strings.NewReader("+copy"))
l.WriteString("!")
fmt.Println(l.String(), l.Len(), l.Count())
var si sort.Interface = Ints{3, 1, 2}
sort.Sort(si)
fmt.Println(si)
fmt.Printf("%v %T\n", si, si)
var r io.Reader = &R{4}
fmt.Printf("%v %+v\n", r, r)`)
	if got, want := c.stdout.String(), "7-x+copy! 9 0\n[1 2 3]\n[1 2 3] main.Ints\n&{4} &{n:4}\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A type assertion to a compiled interface (io.StringWriter, io.WriterTo)
// of a notebook type whose method comes from an embedded compiled type is
// true: reflect gives that method's signature with its receiver, which
// the assertion compared as is. fmt.Fprint to such a writer, which also
// has a String method (from *bytes.Buffer), gave the writer as a
// fmt.Stringer wrapper: "reflect: Call using stdlib._fmt_Stringer as type
// io.Writer". third_party/yaegi/interp/run.go typeAssert, binMethodSig and
// callBin, use.go getWrapper.
func TestSuite6StdEmbeddedCompiledAssert(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("bytes"; "fmt"; "io"; "strings")
type Report struct {
	strings.Builder
	lines int
}

type upperReader struct{ *strings.Reader }

type SafeBuffer struct{ bytes.Buffer }`)
	c := ts.ok(`r := &Report{}
var w io.Writer = r
_, ok := w.(io.StringWriter)
var a any = r
_, ok2 := a.(io.StringWriter)
var a2 any = upperReader{strings.NewReader("x")}
_, ok3 := a2.(io.WriterTo)
fmt.Println(ok, ok2, ok3)
sb := &SafeBuffer{}
fmt.Fprint(sb, "x", 1)
fmt.Fprintf(sb, "-%s", "y")
fmt.Println(sb.String())`)
	if got, want := c.stdout.String(), "true true true\nx1-y\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A value of a compiled interface type given to json or fmt keeps the
// wrapper those packages need (MarshalJSON, String) and is otherwise the
// value it holds (see TestSuite6StdEmbeddedCompiledByValue).
func TestSuite6StdCompiledIfaceArg(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("encoding/json"; "fmt"; "sort")
type T struct{ A int }
func (t T) MarshalJSON() ([]byte, error) { return []byte(` + "`" + `"custom"` + "`" + `), nil }
type Temp float64
func (t Temp) String() string { return "temp" }
type Ints []int
func (h Ints) Len() int           { return len(h) }
func (h Ints) Less(i, j int) bool { return h[i] < h[j] }
func (h Ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }`)
	c := ts.ok(`var m json.Marshaler = T{1}
b, err := json.Marshal(m)
fmt.Println(string(b), err)
var s fmt.Stringer = Temp(2)
fmt.Println(s)
fmt.Printf("%v %s %T\n", s, s, s)
var si sort.Interface = Ints{2, 1}
fmt.Println(si)
b, err = json.Marshal(si)
fmt.Println(string(b), err)`)
	if got, want := c.stdout.String(), "\"custom\" <nil>\ntemp\ntemp temp main.Temp\n[2 1]\n[2,1] <nil>\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// json.Unmarshal(b, &v) with v of a notebook type that has its own
// UnmarshalJSON (or UnmarshalText, or one promoted from an embedded
// time.Time) calls it: the decoder was given the method's wrapper, not a
// pointer ("json: Unmarshal(non-pointer stdlib._encoding_json_Unmarshaler)").
// third_party/yaegi/interp/run.go callBin, isDecodeIface.
func TestSuite6StdUnmarshalTopLevel(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("encoding/json"; "fmt"; "time")
type Level int

func (l *Level) UnmarshalJSON(b []byte) error { *l = Level(len(b)); return nil }

type Stamp struct{ time.Time }

type Cfg struct {
	A   int
	raw string
}

func (c *Cfg) UnmarshalJSON(b []byte) error { c.raw = string(b); c.A = len(b); return nil }

type Lv2 int

func (l *Lv2) UnmarshalText(b []byte) error { *l = Lv2(len(b)); return nil }`)
	c := ts.ok(`var l Level
fmt.Println(json.Unmarshal([]byte(` + "`" + `"abc"` + "`" + `), &l), l)
var s Stamp
fmt.Println(json.Unmarshal([]byte(` + "`" + `"2021-02-03T04:05:06Z"` + "`" + `), &s), s.Month())
ps := &Stamp{}
fmt.Println(json.Unmarshal([]byte(` + "`" + `"2021-02-03T04:05:06Z"` + "`" + `), ps), ps.Day())
var cfg Cfg
fmt.Println(json.Unmarshal([]byte(` + "`" + `{"A": 1}` + "`" + `), &cfg), cfg.A, cfg.raw)
var l2 Lv2
fmt.Println(json.Unmarshal([]byte(` + "`" + `"abcd"` + "`" + `), &l2), l2)`)
	if got, want := c.stdout.String(), "<nil> 5\n<nil> February\n<nil> 3\n<nil> 8 {\"A\": 1}\n<nil> 4\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
