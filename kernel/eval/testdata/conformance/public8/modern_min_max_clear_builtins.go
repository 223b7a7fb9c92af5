package main

import (
	"fmt"
	"math"
)

type Temp float64

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "abc", "a"))
	var t1, t2 Temp = 21.5, 19
	fmt.Println(min(t1, t2), max(t1, t2, 30))
	fmt.Println(min(math.NaN(), 1), max(-0.0, 0.0), min(math.Inf(-1), 0))
	const c = min(10, 20.5)
	fmt.Printf("%T %v\n", c, c)
	x := 7
	fmt.Println(max(x, 5)-min(x, 5), min(x))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1}
	clear(m)
	m["b"] = 2
	fmt.Println(m)
	arr := [3]string{"x", "y", "z"}
	clear(arr[1:])
	fmt.Printf("%q\n", arr)
	type pt struct{ X, Y int }
	ps := []pt{{1, 2}, {3, 4}}
	clear(ps[:1])
	fmt.Println(ps)
	var nilm map[int]int
	clear(nilm)
	fmt.Println(nilm == nil)
}
