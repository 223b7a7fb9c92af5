// Receiving from a channel into variables of interface types: a plain
// receive, a comma-ok receive, select cases, and the status of a map
// index or a type assertion given to an interface or a defined bool.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Celsius float64

type Flag bool

func main() {
	ints := make(chan int, 4)
	var v any
	ints <- 1
	v = <-ints
	fmt.Println(v, v == 1, v != 1)

	var ok any
	ints <- 2
	v, ok = <-ints
	fmt.Println(v, ok, ok == true)

	ints <- 3
	select {
	case v, ok = <-ints:
		fmt.Println("select", v, ok)
	}
	ints <- 4
	select {
	case v = <-ints:
	}
	fmt.Printf("%v %T\n", v, v)

	var f Flag
	ints <- 5
	_, f = <-ints
	fmt.Println("flag", f)
	bools := make(chan bool, 1)
	bools <- true
	select {
	case _, f = <-bools:
	}
	fmt.Println("flag after select", f)
	close(bools)
	var b bool
	for i := 0; i < 2; i++ {
		select {
		case _, b = <-bools:
		default:
		}
		fmt.Println("closed:", b)
	}

	shapes := make(chan Square, 1)
	var s Shape
	shapes <- Square{3}
	select {
	case s = <-shapes:
	}
	fmt.Println(s.Area(), s)

	temps := make(chan Celsius, 1)
	temps <- 21.5
	select {
	case v = <-temps:
	}
	_, isC := v.(Celsius)
	fmt.Printf("%v %T %v\n", v, v, isC)

	errs := make(chan error, 1)
	var e error
	errs <- errors.New("boom")
	select {
	case e = <-errs:
	}
	fmt.Println(e)

	m := map[string]int{"a": 1}
	v, ok = m["a"]
	fmt.Println(v, ok)
	_, ok = m["z"]
	fmt.Println(ok)
	var x any = "str"
	_, ok = x.(string)
	fmt.Println(ok)
	_, f = x.(int)
	fmt.Println(f)
}
