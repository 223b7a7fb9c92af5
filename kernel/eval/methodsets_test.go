package eval

// Regression tests of method sets compared by signature (third_party/yaegi
// PATCHES.md "s9-methods": methodSet.contains, itype.methods): a type
// whose method has an interface's method name but another signature does
// not implement the interface, where gc reports it at compile time.

import (
	"strings"
	"testing"
)

func TestMethodSetSignatures(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"io"
)
`)
	ts.ok(`type Sizer interface{ Size() int64 }

type File struct{}

func (File) Size() int { return 1 }

type Disk struct{}

func (Disk) Size() int64 { return 2 }

type Reader struct{}

func (Reader) Read(p []byte) (int, error) { return 0, io.EOF }

type BadReader struct{}

func (BadReader) Read(p []byte) int { return 0 }
`)
	for _, code := range []string{
		"var s Sizer = File{}\n_ = s",
		"func use(s Sizer) {}\nfunc call() { use(File{}) }",
		"var r io.Reader = BadReader{}\n_ = r",
	} {
		_, e := ts.fails(code)
		if e.Name != "CompileError" || !strings.Contains(e.Value, "cannot use") {
			t.Errorf("%q: got %s %q, want a CompileError (cannot use ...)", code, e.Name, e.Value)
		}
	}
	c := ts.ok(`var s Sizer = Disk{}
var r io.Reader = Reader{}
var x any = File{}
_, ok := x.(Sizer)
fmt.Println(s.Size(), r != nil, ok)
`)
	if got, want := c.stdout.String(), "2 true false\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
