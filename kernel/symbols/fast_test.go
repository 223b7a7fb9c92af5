package symbols

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

// The generated fast callers match the library: running each genfast
// go:generate line again gives the committed file.
func TestFastUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	n := 0
	for _, src := range []string{"symbols.go", "../eval/internal/sync/sync.go"} {
		f, err := os.Open(src)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line, ok := strings.CutPrefix(sc.Text(), "//go:generate go run ")
			if !ok || !strings.Contains(line, "genfast") {
				continue
			}
			n++
			args := strings.Fields(line)
			dir := filepath.Dir(src)
			var out string
			for i := range args {
				if args[i] == "-o" {
					out = filepath.Join(dir, args[i+1])
					args[i+1] = filepath.Join(t.TempDir(), "fast.go")
				}
			}
			cmd := exec.Command("go", append([]string{"run"}, args...)...)
			cmd.Dir = dir
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%s: go run %s: %v\n%s", src, line, err, b)
			}
			want, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			var got []byte
			for i := range args {
				if args[i] == "-o" {
					got, err = os.ReadFile(args[i+1])
				}
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is out of date: run go generate in %s", out, dir)
			}
		}
		f.Close()
	}
	if n != 3 {
		t.Fatalf("found %d genfast go:generate lines, want 3", n)
	}
}

// A fast caller calls the method when its arguments have the types it
// expects, and declines (so that the interpreter falls back to reflection)
// without calling anything when they do not.
func TestFastCallArguments(t *testing.T) {
	lockT := reflect.TypeFor[*threading.Lock]()
	acquire := Fast.Methods[lockT]["AcquireTimeout"]
	if acquire == nil {
		t.Fatal("no fast caller for (*threading.Lock).AcquireTimeout")
	}
	l := &threading.Lock{}
	if _, ok := acquire([]reflect.Value{reflect.ValueOf(l), reflect.ValueOf(int64(time.Second))}); ok {
		t.Fatal("an int64 was taken for a time.Duration")
	}
	if l.Locked() {
		t.Fatal("the declined call acquired the lock")
	}
	out, ok := acquire([]reflect.Value{reflect.ValueOf(l), reflect.ValueOf(time.Second)})
	if !ok || len(out) != 1 || !out[0].Bool() || !l.Locked() {
		t.Fatalf("AcquireTimeout: %v, %v; locked %v", out, ok, l.Locked())
	}

	// An interface result is a value of the interface type, as from
	// reflect.Value.Call, also when it is nil.
	q := queue.New(0)
	q.Put(nil)
	get := Fast.Methods[reflect.TypeFor[*queue.Queue]()]["Get"]
	out, ok = get([]reflect.Value{reflect.ValueOf(q)})
	if !ok || len(out) != 1 || out[0].Kind() != reflect.Interface || !out[0].IsNil() {
		t.Fatalf("Get of nil: %v, %v", out, ok)
	}
	want := reflect.ValueOf(q).MethodByName("Get").Type().Out(0)
	if out[0].Type() != want {
		t.Fatalf("result type %v, want %v", out[0].Type(), want)
	}

	for _, m := range []struct {
		t    reflect.Type
		name string
	}{
		{lockT, "Acquire"}, {lockT, "Release"},
		{reflect.TypeFor[*queue.Queue](), "Put"},
		{reflect.TypeFor[*threading.Thread](), "Start"},
		{reflect.TypeFor[*threading.Thread](), "Join"},
	} {
		if Fast.Methods[m.t][m.name] == nil {
			t.Errorf("no fast caller for (%v).%s", m.t, m.name)
		}
	}
}
