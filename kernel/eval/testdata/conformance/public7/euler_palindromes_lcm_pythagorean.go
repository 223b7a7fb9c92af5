package main

import (
	"fmt"
	"strconv"
)

func isPal(n int) bool {
	s := strconv.Itoa(n)
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	best, bi, bj := 0, 0, 0
	for i := 999; i >= 100; i-- {
		if i*999 < best {
			break
		}
		for j := 999; j >= i; j-- {
			p := i * j
			if p <= best {
				break
			}
			if isPal(p) {
				best, bi, bj = p, i, j
			}
		}
	}
	fmt.Println("p4", best, bi, bj)
	var l uint64 = 1
	for i := uint64(1); i <= 20; i++ {
		l = l / gcd(l, i) * i
	}
	fmt.Println("p5", l)
	sumSq, sq := 0, 0
	for i := 1; i <= 100; i++ {
		sumSq += i * i
		sq += i
	}
	fmt.Println("p6", sq*sq-sumSq)
found:
	for a := 1; a < 1000; a++ {
		for b := a + 1; a+b < 1000; b++ {
			c := 1000 - a - b
			if a*a+b*b == c*c {
				fmt.Println("p9", a, b, c, a*b*c)
				break found
			}
		}
	}
	// triangle numbers with over 500 divisors (p12), smaller target to stay quick
	divisors := func(n int) int {
		cnt := 1
		for p := 2; p*p <= n; p++ {
			e := 0
			for n%p == 0 {
				n /= p
				e++
			}
			cnt *= e + 1
		}
		if n > 1 {
			cnt *= 2
		}
		return cnt
	}
	for n, t := 1, 1; ; n, t = n+1, t+n+1 {
		if divisors(t) > 100 {
			fmt.Println("p12(100)", n, t)
			break
		}
	}
}
