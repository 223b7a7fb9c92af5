package main

import (
	"fmt"
	"math"
	"strings"
)

func Sqrt(x float64) (float64, int) {
	z := 1.0
	for i := 1; ; i++ {
		next := z - (z*z-x)/(2*z)
		if math.Abs(next-z) < 1e-10 {
			return next, i
		}
		z = next
	}
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func SqrtErr(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	v, _ := Sqrt(x)
	return v, nil
}

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8(x ^ y)
		}
	}
	return p
}

func WordCount(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		defer func() { a, b = b, a+b }()
		return a
	}
}

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

func main() {
	v, iters := Sqrt(2)
	fmt.Printf("%.10f %v %.10f\n", v, iters > 0, math.Sqrt(2))
	fmt.Println(SqrtErr(2))
	fmt.Println(SqrtErr(-2))
	p := Pic(4, 3)
	fmt.Println(p)
	fmt.Println(WordCount("I am learning Go! Go is fun I am"))
	f := fibonacci()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	b := make([]byte, 4)
	n, _ := MyReader{}.Read(b)
	fmt.Println(n, string(b))
	var i interface{} = "hello"
	s, ok := i.(string)
	fmt.Println(s, ok)
	fl, ok := i.(float64)
	fmt.Println(fl, ok)
	pow := make([]int, 10)
	for i := range pow {
		pow[i] = 1 << uint(i)
	}
	for _, value := range pow {
		fmt.Printf("%d ", value)
	}
	fmt.Println()
	var s2 []int
	printSlice := func(s []int) { fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s) }
	printSlice(s2)
	s2 = append(s2, 0)
	printSlice(s2)
	s2 = append(s2, 1)
	printSlice(s2)
	s2 = append(s2, 2, 3, 4)
	printSlice(s2)
}
