package eval

import "testing"

// Fidelity of cells to `go run` of the same program (issue 11). Each
// expected output was checked with go run of the equivalent program.

// wantOut runs the cells in a fresh session and checks the last one's
// stdout.
func wantOut(t *testing.T, want string, cells ...string) {
	t.Helper()
	ts := newSession(t)
	var c *cell
	for _, code := range cells {
		c = ts.ok(code)
	}
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// Variables defined by the init statement of an if, for or switch at a
// cell's top level are local to the statement: they neither share a slot
// with those of the other statements (the first if below saw err == nil)
// nor replace the cell's own variables of that name.
func TestTopLevelInitScopes(t *testing.T) {
	wantOut(t, `first strconv.Atoi: parsing "x": invalid syntax
second strconv.Atoi: parsing "y": invalid syntax
1
0
1
3
a
inner
5
true
err2 1 0
s orig i 3 2 4
`, `x := "s"
err := fmt.Errorf("orig")
i := "i"`, `if _, err := strconv.Atoi("x"); err != nil {
	fmt.Println("first", err)
}
if _, err := strconv.Atoi("y"); err != nil {
	fmt.Println("second", err)
}
if x := 1; x > 0 {
	fmt.Println(x)
}
for i := 0; i < 2; i++ {
	fmt.Println(i)
}
switch y, err := strconv.Atoi("3"); {
case err == nil:
	fmt.Println(y)
}
switch y := "a"; y {
case "a":
	fmt.Println("a")
}
a, b := 1, 2
a, c := 3, 4
{
	a := "inner"
	fmt.Println(a)
}
if v, err := strconv.Atoi("5"); err == nil {
	fmt.Println(v)
}
if v, err := strconv.ParseBool("true"); err == nil {
	fmt.Println(v)
}
n, err2 := strconv.Atoi("1")
m, err2 := strconv.Atoi("z")
if err2 != nil {
	fmt.Println("err2", n, m)
}
fmt.Println(x, err, i, a, b, c)`)
}

// A var declaration whose value refers to a variable of an earlier cell, or
// to a local named like one (f in the func literal), is no "variable
// definition loop"; the vars of one cell are still ordered by dependency.
func TestVarDependsOnEarlierCell(t *testing.T) {
	wantOut(t, "1 1 3 3\n", "f := 1\nx := 2", `var v = func() int { f, _ := os.Open("/x"); _ = f; return 1 }()
var w = v + x
var wg sync.WaitGroup
var done func() = wg.Done
var a = b + 1
var b = 2
wg.Add(1)
done()
fmt.Println(f, v, w, a)`)
}
