package main

import "fmt"

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 4
	fmt.Println(x)
	y := 0b1100
	y &= 0b1010
	y |= 0b0001
	y ^= 0b1111
	y <<= 2
	y >>= 1
	y &^= 2
	fmt.Println(y)
	s := "a"
	s += "b"
	f := 1.5
	f *= 2
	fmt.Println(s, f)
	m := map[string]int{}
	m["k"] += 3
	m["k"]++
	fmt.Println(m["k"])
}
