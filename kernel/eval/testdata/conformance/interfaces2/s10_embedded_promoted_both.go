package main

import (
	"errors"
	"fmt"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type Outer struct {
	Both
	Extra string
}

type POuter struct {
	*Both
}

type Over struct{ Both }

func (o Over) String() string { return "over" }

type ErrStringer interface {
	error
	fmt.Stringer
}

func main() {
	ss := []fmt.Stringer{Outer{Both{1}, "x"}, POuter{&Both{2}}, Over{Both{3}}}
	fmt.Println(ss)
	es := []error{Outer{Both{4}, "y"}, Over{Both{5}}}
	fmt.Println(es)
	fmt.Printf("%v %s %+v\n", ss[0], ss[1], ss[2])
	var o Outer
	fmt.Println(errors.As(es[0], &o), o.Extra, o.code)
	fmt.Println(errors.Is(es[1], Over{Both{5}}), errors.Is(es[1], Both{5}))
	var b Both
	fmt.Println(errors.As(es[0], &b))
	eps := []ErrStringer{Both{6}, Outer{Both{7}, "z"}}
	for _, x := range eps {
		fmt.Println(x, x.Error(), x.String())
	}
	fmt.Println(eps)
	h := struct{ ES ErrStringer }{Over{Both{8}}}
	fmt.Println(h, h.ES)
	var st fmt.Stringer = eps[0]
	fmt.Println(st, []fmt.Stringer{eps[1]})
}
