package main

import (
	"errors"
	"fmt"
)

type Op struct {
	Name string
	Err  error
}

func (o *Op) Error() string { return o.Name + ": " + o.Err.Error() }
func (o *Op) Unwrap() error { return o.Err }

type Timeout struct{ ms int }

func (t Timeout) Error() string   { return fmt.Sprintf("timeout after %dms", t.ms) }
func (t Timeout) Timeout() bool   { return true }
func (t Timeout) String() string  { return "T" }
func (t Timeout) Is(e error) bool { _, ok := e.(Timeout); return ok }

type Result struct {
	Value int
	Err   error
	Why   fmt.Stringer
}

type timeouter interface{ Timeout() bool }

func main() {
	r := Result{Err: &Op{"read", Timeout{30}}, Why: Timeout{40}}
	fmt.Println(r.Err, r.Why)
	fmt.Println(errors.Is(r.Err, Timeout{}), errors.Is(r.Err, Timeout{30}))
	var t Timeout
	fmt.Println(errors.As(r.Err, &t), t.ms)
	var to timeouter
	fmt.Println(errors.As(r.Err, &to), to != nil && to.Timeout())
	var op *Op
	fmt.Println(errors.As(r.Err, &op), op.Name)
	fmt.Println(errors.Unwrap(r.Err) == error(Timeout{30}), errors.Unwrap(r.Err) == op.Err)
	if e, ok := r.Why.(error); ok {
		fmt.Println("why is error:", e, errors.Is(e, Timeout{1}))
	}
	rs := []Result{{1, nil, nil}, {2, Timeout{5}, Timeout{6}}, r}
	for _, x := range rs {
		fmt.Printf("%v %+v\n", x.Err, x)
	}
	fmt.Println(rs[1].Err == Timeout{5}, rs[1].Err == rs[1].Why.(error))
	pr := &rs[1]
	pr.Err = &Op{"write", pr.Err}
	fmt.Println(rs[1].Err, errors.Is(rs[1].Err, Timeout{}))
}
