package main

import (
	"errors"
	"fmt"
)

// x, y = f(): each result is converted to its destination's type (an
// interface of the program, error, any) and a map entry destination is set.

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func sq(n int) (Sq, *MyErr) {
	if n < 0 {
		return 0, &MyErr{"negative"}
	}
	return Sq(n), nil
}

func sq2(n int) (Sq, error) { return Sq(n), nil }

func kv() (string, int) { return "k", 5 }

type Holder struct {
	S Shape
	A any
}

func main() {
	var s Shape
	var err error
	s, err = sq2(3)
	fmt.Println(s.Area(), err)
	s, err = sq(4)
	fmt.Println(s.Area(), err == nil, err) // a nil *MyErr in an error is not nil
	s, err = sq(-1)
	var me *MyErr
	fmt.Println(s.Area(), errors.As(err, &me), me.msg)

	var e2 *MyErr
	s, e2 = sq(5)
	fmt.Println(s.Area(), e2 == nil)

	var h Holder
	h.S, err = sq2(6)
	h.A, err = sq2(7)
	fmt.Printf("%d %T %v\n", h.S.Area(), h.A, h.A)

	shapes := make([]Shape, 2)
	shapes[1], err = sq2(8)
	fmt.Println(shapes[1].Area())

	var a any
	var n int
	var errN error
	a, errN = sq2(9)
	_ = n
	fmt.Printf("%T %v %v\n", a, a, errN)

	m := map[string]int{}
	var key string
	key, m["x"] = kv()
	fmt.Println(key, m)
	byName := map[string]Shape{}
	byName["sq"], err = sq2(10)
	fmt.Println(byName["sq"].Area(), len(byName))
}
