package eval

import (
	"strings"
	"testing"
)

// TestGobRegisterAgain: a cell run again registers its types again with
// gob, which works while the type is the same; a type declared again with
// other fields is a new type of the same name, which gob refuses for as
// long as the process runs, and the cell says so (gob's own text names
// main.Point twice).
func TestGobRegisterAgain(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("bytes"; "encoding/gob"; "fmt")`)
	cell := "type Point struct{ X int }\ngob.Register(Point{})\nfmt.Println(\"registered\")"
	for i := 0; i < 2; i++ {
		if c := ts.ok(cell); c.stdout.String() != "registered\n" {
			t.Fatalf("run %d of the same cell printed %q", i+1, c.stdout)
		}
	}
	// The registered type still encodes as an interface value.
	c := ts.ok("var b bytes.Buffer\nvar a any = Point{4}\nerr := gob.NewEncoder(&b).Encode(&a)\nvar z any\nerr2 := gob.NewDecoder(&b).Decode(&z)\nfmt.Println(err, err2, z)")
	if got := c.stdout.String(); got != "<nil> <nil> {4}\n" {
		t.Errorf("round trip printed %q", got)
	}
	_, e := ts.fails("type Point struct{ X, Y int }\ngob.Register(Point{})")
	for _, want := range []string{`registering duplicate types for "main.Point"`, "declared again", "restart the kernel"} {
		if !strings.Contains(e.Error(), want) {
			t.Errorf("error %q does not say %q", e.Error(), want)
		}
	}
	// The session goes on.
	if c := ts.ok("fmt.Println(Point{1, 2})"); c.stdout.String() != "{1 2}\n" {
		t.Errorf("after the error: %q", c.stdout)
	}
}
