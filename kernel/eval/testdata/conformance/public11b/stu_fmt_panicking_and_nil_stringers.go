package main

import (
	"errors"
	"fmt"
)

type Boom struct{}

func (Boom) String() string { panic("boom") }

type NilOK struct{ v int }

func (n *NilOK) String() string {
	if n == nil {
		return "nil-ok"
	}
	return fmt.Sprint(n.v)
}

type ErrPanic struct{}

func (*ErrPanic) Error() string { panic(errors.New("err boom")) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V%d", v.n) }

type Fm struct{}

func (*Fm) Format(f fmt.State, c rune) { fmt.Fprintf(f, "FM(%c)", c) }

func main() {
	fmt.Println(Boom{})
	fmt.Printf("%s|%d\n", Boom{}, Boom{})
	var n *NilOK
	fmt.Println(n, &NilOK{3})
	var ep *ErrPanic
	fmt.Println(ep)
	fmt.Println(&ErrPanic{})
	var vp *V
	fmt.Println(vp)
	fmt.Printf("%v %+v %s\n", vp, vp, vp)
	f := Fm{}
	fmt.Printf("%v %v %d\n", f, &f, &f)
	fmt.Println(fmt.Sprintf("%v", []any{Boom{}, n}))
}
