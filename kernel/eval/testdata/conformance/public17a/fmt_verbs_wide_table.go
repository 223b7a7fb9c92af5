package main

import (
	"fmt"
	"math"
)

type S struct {
	N    string
	V    float64
	Tags []string
	P    *int
}

func main() {
	x := 42
	s := S{"n", 1.5, []string{"a"}, nil}
	fmt.Printf("%v|%+v\n", s, s)
	fmt.Printf("%#v\n", s)
	fmt.Printf("%5d|%-5d|%05d|%+d|%x|%X|%o|%#o|%b|%c|%U|%#U\n", x, x, x, x, x, x, x, x, x, x, x, 0x1F600)
	fmt.Printf("%e|%E|%.3g|%g|%8.2f|%-8.2f|%+.1e\n", 123456.789, 0.000123, 123456.789, 1e21, math.Pi, math.E, -1234.5)
	fmt.Printf("%g|%v|%v|%v\n", math.Inf(1), math.NaN(), -0.0, float32(1)/3)
	fmt.Printf("%s|%q|%x|% x|%X|%10.2s|%-6s|\n", "héllo", "tab\t", "hi", "hi", []byte("hi"), "abcdef", "ab")
	fmt.Printf("%t|%v|%08.3f|%+q|%#q\n", true, nil, -3.14159, "é", "back`tick")
	fmt.Printf("%v|%d|%s\n", []byte("ab"), []byte("ab"), []byte("ab"))
	fmt.Printf("%v|%x|%v\n", [3]bool{true}, []int{10, 255}, map[int]string{2: "b", 1: "a"})
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%d %!\n", 1)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%v %.2v %6.3v\n", 1+2i, 3.14159+1i, complex64(2))
	var ip *int
	var e error
	fmt.Printf("%v %v %d\n", ip, e, []any{nil, 1})
}
