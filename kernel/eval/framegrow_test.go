package eval

import (
	"fmt"
	"strings"
	"testing"
)

// TestGlobalsSurviveFrameGrowth runs many cells, each adding globals, while
// a goroutine of the first cells keeps reading and writing a global: the
// global frame grows geometrically (yaegi reallocated it on every cell) and
// no value may be lost or go stale, for the cells nor for the goroutine.
func TestGlobalsSurviveFrameGrowth(t *testing.T) {
	ts := newSession(t)
	ts.ok(`var counter int
var tick = make(chan int)
var done = make(chan int)`)
	ts.ok(`go func() {
	for n := range tick {
		counter += n
	}
	done <- counter
}()`)
	for i := 0; i < 300; i++ {
		ts.ok(fmt.Sprintf("var g%d = %d\ntick <- 1", i, i))
	}
	var sum strings.Builder
	sum.WriteString("s := 0\n")
	for i := 0; i < 300; i += 50 {
		fmt.Fprintf(&sum, "s += g%d\n", i)
	}
	sum.WriteString(`close(tick)
fmt.Println(<-done, counter, s)`)
	ts.ok(`import "fmt"`)
	c := ts.run(sum.String())
	if c.err != nil || c.stdout.String() != "300 300 750\n" {
		t.Fatalf("got %q, %v; want \"300 300 750\\n\"", c.stdout, c.err)
	}
}
