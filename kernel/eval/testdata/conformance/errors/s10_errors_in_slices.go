package main

import (
	"errors"
	"fmt"
	"io"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string  { return "not found: " + e.Key }
func (e NotFound) String() string { return "NF(" + e.Key + ")" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type PtrErr struct{ msg string }

func (p *PtrErr) Error() string { return "ptr: " + p.msg }

var ErrSentinel = errors.New("sentinel")

func main() {
	pe := &PtrErr{"x"}
	es := []error{NotFound{"a"}, Code(404), pe, ErrSentinel, io.EOF, fmt.Errorf("wrapped: %w", Code(7))}
	for i, e := range es {
		fmt.Println(i, e, errors.Is(e, NotFound{"a"}), errors.Is(e, Code(404)), errors.Is(e, Code(7)), errors.Is(e, pe), errors.Is(e, &PtrErr{"x"}), errors.Is(e, ErrSentinel))
		var nf NotFound
		var c Code
		var p *PtrErr
		var st fmt.Stringer
		fmt.Println("  as:", errors.As(e, &nf), nf.Key, errors.As(e, &c), c, errors.As(e, &p), p == pe, errors.As(e, &st))
	}
	fmt.Println(es[0] == NotFound{"a"}, es[1] == Code(404), es[2] == pe, es[0] == es[1])
	var e0 error = NotFound{"a"}
	fmt.Println(es[0] == e0, e0 == es[0])
	cp := make([]error, len(es))
	copy(cp, es)
	fmt.Println(cp[0] == es[0], cp[1] == es[1], cp[2] == es[2])
	fmt.Printf("%v\n%T\n", es, es[:3])
	switch e := es[1].(type) {
	case Code:
		fmt.Println("Code", int(e))
	default:
		fmt.Println("other")
	}
	if s, ok := es[0].(fmt.Stringer); ok {
		fmt.Println("stringer", s.String(), s)
	}
	idx := -1
	for i, e := range es {
		if e == error(Code(404)) {
			idx = i
		}
	}
	fmt.Println("index", idx)
}
