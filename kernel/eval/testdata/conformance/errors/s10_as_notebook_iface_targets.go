package main

import (
	"errors"
	"fmt"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type ErrStringer interface {
	error
	fmt.Stringer
}

type Coded interface {
	error
	Num() int
}

type Num struct{ v int }

func (n *Num) Error() string { return "num" }
func (n *Num) Num() int      { return n.v }

func main() {
	es := []error{Code(1), fmt.Errorf("a: %w", Both{2}), errors.Join(Code(3), &Num{4})}
	for _, e := range es {
		var es ErrStringer
		var c Coded
		okES := errors.As(e, &es)
		okC := errors.As(e, &c)
		fmt.Println(e, okES, okC)
		if okES {
			fmt.Println("  ", es, es.String(), []ErrStringer{es}, []fmt.Stringer{es})
		}
		if okC {
			fmt.Println("  ", c.Num(), c)
		}
	}
	var list []ErrStringer
	list = append(list, Both{5})
	var asErr []error
	for _, x := range list {
		asErr = append(asErr, x)
	}
	fmt.Println(asErr, errors.Is(errors.Join(asErr...), Both{5}))
	m := map[string]ErrStringer{"b": Both{6}}
	fmt.Println(m, fmt.Sprint(m["b"]), error(m["b"]) == Both{6})
}
