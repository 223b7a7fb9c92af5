package eval

import "testing"

// TestMethodCalledByCompiledCodeBeforeItsVariable: a cell declares again
// (x := 2) a variable a method uses, after statements that call the
// method through compiled code (io.Copy, fmt.Fprint, an io.Writer). The
// method, compiled again for the new variable, ran no code when called
// before its unit ran (io.Copy said "0 short write"); it now runs and
// reads the variable's value of before, as the statements before
// `x := 2` do, and as the notebook run as one program would.
func TestMethodCalledByCompiledCodeBeforeItsVariable(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "io"; "strings")`)
	ts.ok("x := 1")
	ts.ok(`type Ring struct{ data []byte }
func (r *Ring) Write(p []byte) (int, error) {
	for _, b := range p {
		r.data = append(r.data, b+byte(x-1))
	}
	return len(p), nil
}
func (r *Ring) ReadFrom(src io.Reader) (int64, error) {
	b, err := io.ReadAll(src)
	n, _ := r.Write(b)
	return int64(n), err
}`)
	c := ts.ok(`r := &Ring{}
n, err := io.Copy(r, strings.NewReader("abc"))
fmt.Println(n, err, string(r.data))
var w io.Writer = r
k, err := fmt.Fprint(w, "de")
fmt.Println(k, err, string(r.data))
x := 2
n, err = io.Copy(r, strings.NewReader("abc"))
fmt.Println(n, err, string(r.data))`)
	want := "3 <nil> abc\n2 <nil> abcde\n3 <nil> abcdebcd\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRedefinedVarOfAnotherTypeBeforeItsStatement: a variable declared
// again with another type is not given the value of before; the methods
// compiled again for it read its zero value until it is set.
func TestRedefinedVarOfAnotherTypeBeforeItsStatement(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`x := 1
type T struct{}
func (T) String() string { return fmt.Sprint("x=", x) }`)
	c := ts.ok(`fmt.Println(T{})
x := "two"
fmt.Println(T{})`)
	if got, want := c.stdout.String(), "x=\nx=two\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestMethodCallingAMethodThatStays: in a cell, `x := 1` then a method
// using x (which stays below the statement) and another method calling
// it by selector: the caller stays below it too. It was hoisted above
// the statement and compiled before the method it calls ("undefined
// selector: Write").
func TestMethodCallingAMethodThatStays(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	c := ts.ok(`fmt.Println("start")
x := 3
type Ring struct{ data []byte }
func (r *Ring) Write(p []byte) (int, error) { return len(p) * x, nil }
func (r *Ring) Twice(p []byte) int { n, _ := r.Write(p); return 2 * n }
func twice(r *Ring) int { return r.Twice([]byte("a")) }
fmt.Println((&Ring{}).Twice([]byte("ab")), twice(&Ring{}))`)
	if got, want := c.stdout.String(), "start\n12 6\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
