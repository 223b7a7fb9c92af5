package main

import "fmt"

// The result of an operation on values of a defined type, returned or
// assigned as an interface with methods, has that defined type as its
// dynamic type.

type Num float64

type Expr interface{ String() string }

func (n Num) String() string { return fmt.Sprintf("Num(%g)", float64(n)) }

type Celsius int

func (c Celsius) String() string { return fmt.Sprintf("%d°C", int(c)) }

func sub(a, b Num) Expr         { return a - b }
func warmer(c Celsius) Expr     { return c + 5 }
func neg(n Num) fmt.Stringer    { return -n }
func twice(a Num) (Expr, error) { return a * 2, nil }

func main() {
	r := sub(3, 3)
	rn, ok := r.(Num)
	fmt.Println(rn, ok, rn == 0, r)
	fmt.Printf("%T %v\n", r, r)

	var e Expr
	x, y := Num(1.5), Num(2)
	e = x * y
	switch v := e.(type) {
	case Num:
		fmt.Println("Num", float64(v))
	default:
		fmt.Printf("other %T\n", v)
	}
	w := warmer(20)
	_, isC := w.(Celsius)
	fmt.Println(w, isC, neg(4))
	t, err := twice(1.25)
	fmt.Printf("%T %v %v\n", t, t, err)
}
