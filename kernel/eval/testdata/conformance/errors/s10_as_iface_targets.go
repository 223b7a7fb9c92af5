package main

import (
	"errors"
	"fmt"
)

type Temp struct{ n int }

func (t Temp) Error() string    { return fmt.Sprintf("temp %d", t.n) }
func (t Temp) Temporary() bool  { return t.n > 0 }
func (t Temp) String() string   { return fmt.Sprintf("T%d", t.n) }
func (t Temp) GoString() string { return "Temp!" }

type Perm struct{}

func (Perm) Error() string { return "perm" }

type temporary interface{ Temporary() bool }

type Wrapper struct{ inner error }

func (w *Wrapper) Error() string { return "wrapper(" + w.inner.Error() + ")" }
func (w *Wrapper) Unwrap() error { return w.inner }

func main() {
	es := []error{Temp{1}, Perm{}, &Wrapper{Temp{0}}, fmt.Errorf("f: %w", &Wrapper{Perm{}})}
	for _, e := range es {
		var t temporary
		var s fmt.Stringer
		var g fmt.GoStringer
		ok1 := errors.As(e, &t)
		ok2 := errors.As(e, &s)
		ok3 := errors.As(e, &g)
		fmt.Println(e, ok1, ok2, ok3)
		if ok1 {
			fmt.Println("  temporary:", t.Temporary(), t)
		}
		if ok2 {
			fmt.Println("  stringer:", s.String(), s)
		}
		if ok3 {
			fmt.Printf("  gostringer: %s %#v\n", g.GoString(), g)
		}
	}
	var pw *Wrapper
	fmt.Println(errors.As(es[3], &pw), pw.inner)
	var anyT interface{ Error() string }
	fmt.Println(errors.As(es[0], &anyT), anyT)
	st := struct{ S fmt.Stringer }{}
	fmt.Println(errors.As(es[2], &st.S), st.S, st)
	arr := make([]temporary, 1)
	fmt.Println(errors.As(es[0], &arr[0]), arr[0].Temporary(), arr)
}
