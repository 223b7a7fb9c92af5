package threading

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gonotes/gonotes/internal/testutil"
)

// The same program as this Python one, whose output (python3) the test
// expects:
//
//	mydata = threading.local(); mydata.x = 1
//	def show(name):
//	    print(name, hasattr(mydata, "x"), getattr(mydata, "x", None))
//	    mydata.x = name; print(name, mydata.x)
//	(a Thread runs show("worker")); print("main", mydata.x)
//	mydata.y and del mydata.y raise AttributeError
//	class MyLocal(local): __init__(self, color): self.color = color
//	ml = MyLocal("red"); a thread prints ml.color, sets "blue", prints it;
//	print(ml.color)
func TestLocalIsPerThread(t *testing.T) {
	setup(t)
	var out testutil.Buffer
	var mydata Local
	mydata.Set("x", 1)
	show := func(name string) {
		v, ok := mydata.Lookup("x")
		if v == nil {
			v = "None"
		}
		fmt.Fprintln(&out, name, pyBool(ok), v)
		mydata.Set("x", name)
		fmt.Fprintln(&out, name, mydata.Get("x"))
	}
	th := &Thread{Target: func() { show("worker") }}
	th.Start()
	th.Join()
	fmt.Fprintln(&out, "main", mydata.Get("x"))
	for _, f := range []func(){func() { mydata.Get("y") }, func() { mydata.Delete("y") }} {
		fmt.Fprintln(&out, catch(f))
	}
	ml := &Local{Init: func(l *Local) { l.Set("color", "red") }}
	paint := &Thread{Target: func() {
		fmt.Fprintln(&out, ml.Get("color"))
		ml.Set("color", "blue")
		fmt.Fprintln(&out, ml.Get("color"))
	}}
	paint.Start()
	paint.Join()
	fmt.Fprintln(&out, ml.Get("color"))

	want := `worker False None
worker worker
main 1
AttributeError: '_thread._local' object has no attribute 'y'
AttributeError: '_thread._local' object has no attribute 'y'
red
blue
red
`
	if got := out.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// The ended threads' values are gone; the main thread's stay.
	if mydata.threads() != 1 || ml.threads() != 1 {
		t.Errorf("values of ended threads kept: %d, %d threads", mydata.threads(), ml.threads())
	}
	mydata.Delete("x")
	if _, ok := mydata.Lookup("x"); ok {
		t.Error("Delete kept the value")
	}
}

func pyBool(b bool) string { return strings.ToUpper(fmt.Sprint(b)[:1]) + fmt.Sprint(b)[1:] }
