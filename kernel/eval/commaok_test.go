package eval

import "testing"

// TestCommaOkDefineInLoop: `v, ok := m[k]`, `n, ok := x.(T)` and
// `v, ok := <-ch` declare new variables at each iteration, so closures and
// pointers made in earlier iterations keep their own (they all saw the last
// iteration's values: the define wrote into the old variables). Expected
// output from `go run` of the same program
// (testdata/conformance/spec_statements/comma_ok_define_in_loop.go).
func TestCommaOkDefineInLoop(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	c := ts.ok(`m := map[string]int{"a": 1, "b": 2}
var fs []func()
for _, k := range []string{"a", "b", "c"} {
	v, ok := m[k]
	fs = append(fs, func() { fmt.Println("map", k, v, ok) })
}
var ps []*int
for _, k := range []string{"a", "b"} {
	v, _ := m[k]
	ps = append(ps, &v)
}
fmt.Println(*ps[0], *ps[1])
xs := []any{1, "two", 3}
for _, x := range xs {
	n, ok := x.(int)
	fs = append(fs, func() { fmt.Println("assert", n, ok) })
}
ch := make(chan int, 2)
ch <- 7
ch <- 8
close(ch)
for i := 0; i < 3; i++ {
	v, ok := <-ch
	fs = append(fs, func() { fmt.Println("recv", v, ok) })
}
for _, f := range fs {
	f()
}`)
	want := "1 2\nmap a 1 true\nmap b 2 true\nmap c 0 false\nassert 1 true\nassert 0 false\nassert 3 true\nrecv 7 true\nrecv 8 true\nrecv 0 false\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got:\n%swant:\n%s", got, want)
	}
}
