package main

// v, ok = x.(T) into an existing variable of an interface type of the
// program (or an any, a map entry, a field, a slice element), T concrete:
// the value, or T's zero value when the assertion fails, is converted to
// the variable's type.

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

type Coded interface{ Code() int }

type MyErr struct{ C int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.C) }
func (e MyErr) Code() int     { return e.C }

type Label string

type Holder struct{ S Shape }

func main() {
	var s Shape = Sq(3)
	var ok bool
	var raw any = "text"
	s, ok = raw.(Sq)
	fmt.Println(s == nil, ok)
	raw = &Rect{2, 5}
	s, ok = raw.(*Rect)
	fmt.Println(s.Area(), ok)
	s, _ = any(Sq(4)).(Sq)
	fmt.Printf("%v %T\n", s, s)

	var sh Shape = Sq(5)
	var other Shape
	other, ok = sh.(Sq)
	fmt.Println(other.Area(), ok)
	other, ok = sh.(*Rect)
	fmt.Println(other == nil, ok)

	var err error = MyErr{7}
	var c Coded
	c, ok = err.(MyErr)
	fmt.Println(c.Code(), ok)
	var target MyErr
	fmt.Println(errors.As(err, &target), target.C)

	var a any
	a, ok = raw.(*Rect)
	fmt.Printf("%T %v\n", a, ok)
	var lab any = Label("x")
	a, ok = lab.(Label)
	fmt.Printf("%T %v %v\n", a, a, ok)

	m := map[string]Shape{}
	m["a"], ok = any(Sq(6)).(Sq)
	fmt.Println(m["a"].Area(), ok)
	var h Holder
	h.S, ok = any(Sq(2)).(Sq)
	fmt.Println(h.S.Area(), ok)
	shapes := []Shape{nil}
	shapes[0], ok = any(Sq(9)).(Sq)
	fmt.Println(shapes[0].Area(), ok)

	for _, x := range []any{Sq(1), "no", Sq(3)} {
		var t Shape
		if t, ok = x.(Sq); ok {
			fmt.Println("shape", t.Area())
		} else {
			fmt.Println("not", t == nil)
		}
	}
}
