package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func gcdRec(a, b uint64) uint64 {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func main() {
	pairs := [][2]int{{12, 18}, {17, 5}, {0, 9}, {-24, 36}, {1071, 462}}
	for _, p := range pairs {
		fmt.Printf("gcd(%d,%d)=%d lcm=%d\n", p[0], p[1], gcd(p[0], p[1]), lcm(p[0], p[1]))
	}
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm 1..20 =", l)
	fmt.Println(gcdRec(1<<40, 1<<20*3))
}
