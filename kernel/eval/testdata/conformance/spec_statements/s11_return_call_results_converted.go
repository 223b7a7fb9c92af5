package main

import (
	"errors"
	"fmt"
	"strconv"
)

// return f(), f returning results of other types than the function (each
// assignable): every result is converted, not the first only.

type Value any

type Shape interface{ Area() int }
type Sq int

func (s Sq) Area() int { return int(s * s) }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func str(ok bool) (string, error) {
	if !ok {
		return "", errors.New("bad string")
	}
	return "s", nil
}

func value(ok bool) (Value, error) { return str(ok) }
func value2(ok bool) (any, error)  { return str(ok) }
func atoi(s string) (any, error)   { return strconv.Atoi(s) }

func sq(n int) (Sq, int, *MyErr) {
	if n < 0 {
		return 0, n, &MyErr{"negative"}
	}
	return Sq(n), n, nil
}

func shape(n int) (Shape, any, error) { return sq(n) }

func pair() (int, string) { return 1, "one" }
func pairAny() (any, any) { return pair() }

func main() {
	v, err := value(false)
	fmt.Println(v, err)
	v, err = value(true)
	fmt.Println(v, err)
	w, err := value2(false)
	fmt.Println(w, err)
	a, err := atoi("42")
	fmt.Printf("%v %T %v\n", a, a, err)
	a, err = atoi("x")
	fmt.Println(a, err)
	s, n, err := shape(3)
	fmt.Println(s.Area(), n, err == nil, err)
	s, n, err = shape(-2)
	fmt.Println(s.Area(), n, err != nil, err)
	fmt.Println(pairAny())
}
