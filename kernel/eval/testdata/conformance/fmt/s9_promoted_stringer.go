// fmt calls String and Error methods promoted from embedded fields: a
// notebook type, a compiled type (time.Duration), an embedded pointer, two
// levels, an embedded error, and a pointer method promoted from a value
// field (only through a pointer).
package main

import (
	"errors"
	"fmt"
	"time"
)

type Label struct{ s string }

func (l Label) String() string { return "<" + l.s + ">" }

type Box struct {
	Label
	W, H int
}

type Outer struct {
	Box
}

type Span struct {
	time.Duration
	Name string
}

type PtrLabel struct {
	*Label
}

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprint("count=", c.n) }

type Holder struct {
	Counter
}

type wrapErr struct {
	error
	code int
}

func main() {
	b := Box{Label{"box"}, 2, 3}
	fmt.Println(b, Outer{b})
	fmt.Printf("%v %s %+v %T\n", b, b, b, Outer{b})
	fmt.Println(Span{1500 * time.Millisecond, "x"})
	fmt.Println(PtrLabel{&Label{"p"}})
	h := Holder{Counter{4}}
	fmt.Println(h, &h)
	fmt.Printf("%v %v\n", h, &h)
	e := wrapErr{errors.New("boom"), 7}
	fmt.Println(e)
	var err error = e
	fmt.Println(err, errors.Unwrap(err) == nil)
	fmt.Println([]Box{b}, map[string]Box{"k": b})
}
