package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type Reason struct{ why string }

func (r Reason) Error() string  { return "reason: " + r.why }
func (r Reason) String() string { return "R(" + r.why + ")" }

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(Reason{"shutdown"})
	cause := context.Cause(ctx)
	fmt.Println(ctx.Err(), cause, errors.Is(cause, Reason{"shutdown"}), cause == Reason{"shutdown"})
	var r Reason
	fmt.Println(errors.As(cause, &r), r.why)
	fmt.Println([]error{cause, ctx.Err()})

	var v atomic.Value
	v.Store(error(Reason{"stored"}))
	e := v.Load().(error)
	fmt.Println(e, errors.Is(e, Reason{"stored"}))
	s, ok := v.Load().(fmt.Stringer)
	fmt.Println(s, ok)

	var m sync.Map
	m.Store("k", Reason{"in map"})
	x, _ := m.Load("k")
	fmt.Println(x, x.(error).Error(), x.(Reason).why)

	var p atomic.Pointer[Reason]
	p.Store(&Reason{"ptr"})
	fmt.Println(*p.Load(), p.Load().why)

	ctx2 := context.WithValue(context.Background(), "err", error(Reason{"value"}))
	fmt.Println(ctx2.Value("err"), ctx2.Value("err").(error) == Reason{"value"})
}
