// Interfaces satisfied only through methods promoted from embedded compiled
// types: sync.Locker, fmt.Stringer, io.Writer, assertions and switches.
package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

type Guarded struct {
	sync.Mutex
	V int
}

type When struct {
	time.Time
	Label string
}

type Sink struct {
	*strings.Builder
	Count int
}

func describe(x any) string {
	switch v := x.(type) {
	case fmt.Stringer:
		return "Stringer " + v.String()
	case sync.Locker:
		return "Locker"
	case io.Writer:
		return "Writer"
	}
	return "none"
}

func main() {
	g := &Guarded{}
	var l sync.Locker = g
	l.Lock()
	g.V++
	l.Unlock()
	fmt.Println(g.V, describe(g))
	w := When{Time: time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC), Label: "l"}
	fmt.Println(describe(w))
	s := Sink{Builder: &strings.Builder{}}
	fmt.Fprint(s, "abc")
	fmt.Println(describe(s), s.Len())
	_, ok := any(Guarded{}).(sync.Locker)
	fmt.Println(ok)
}
