package main

import "fmt"

func g() (r int) { r++; return }

func h() (r int, s int) { r++; s += 2; return }

func k() (r int) {
	defer func() { recover() }()
	r = 5
	panic("x")
}

func half(n int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
	}()
	q = 100 / n
	return
}

var seen int

func peek() (r int) { seen = r; r = 7; return }

func main() {
	for i := 0; i < 3; i++ {
		x := g()
		a, b := h()
		fmt.Println(x, a, b, g(), k())
	}
	x := 9
	x, _ = half(0)
	fmt.Println(x)
	y, err := half(4)
	fmt.Println(y, err)
	y, err = half(0)
	fmt.Println(y, err)
	seen = -1
	z := 3
	z = peek()
	z = peek()
	fmt.Println(z, seen)
}
