package main

import (
	"errors"
	"fmt"
	"strconv"
)

// var a, b T = f() declares variables of type T, holding f's results
// converted to T (an interface here), not variables of the results' types.

type celsius float64

func (c celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

func readings() (celsius, celsius) { return 21.5, -3 }

func lookup(k string) (int, error) {
	if k == "" {
		return 0, errors.New("empty key")
	}
	return len(k), nil
}

func pair() (int, string) { return 1, "one" }

func main() {
	var lo, hi fmt.Stringer = readings()
	fmt.Println(lo, hi, lo.String())
	var a, b any = pair()
	fmt.Printf("%T %T %v %v\n", a, b, a, b)
	if n, ok := a.(int); ok {
		fmt.Println("a holds the int", n)
	}
	a = "now a string"
	fmt.Println(a)
	var n, err any = lookup("")
	fmt.Println(n, err)
	var x, y float64 = 1, 2
	fmt.Println(x/3, y)
}
