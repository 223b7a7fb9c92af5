package main

import (
	"fmt"
	"strconv"
	"strings"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	// p58: side length where the ratio of primes on the diagonals drops below 10% (here 30%, kept small)
	primes, total := 0, 1
	for side, n := 3, 1; ; side += 2 {
		for k := 0; k < 4; k++ {
			n += side - 1
			if isPrime(n) {
				primes++
			}
		}
		total += 4
		if primes*10 < total*3 {
			fmt.Println("p58(30%)", side, primes, total)
			break
		}
	}
	// p40: digits of Champernowne's constant
	var sb strings.Builder
	for i := 1; sb.Len() < 1000001; i++ {
		sb.WriteString(strconv.Itoa(i))
	}
	s := sb.String()
	prod := 1
	for p := 1; p <= 1000000; p *= 10 {
		prod *= int(s[p-1] - '0')
	}
	fmt.Println("p40", prod)
	// p48: last ten digits of the self powers series, with modular arithmetic
	const mod = 10_000_000_000
	sum := 0
	for i := 1; i <= 1000; i++ {
		p := 1
		for j := 0; j < i; j++ {
			p = p * i % mod
		}
		sum = (sum + p) % mod
	}
	fmt.Println("p48", sum)
	// p52: smallest x such that 2x..6x have the same digits
	key := func(n int) string {
		var c [10]int
		for ; n > 0; n /= 10 {
			c[n%10]++
		}
		return fmt.Sprint(c)
	}
	for x := 1; ; x++ {
		k := key(x)
		ok := true
		for m := 2; m <= 6 && ok; m++ {
			ok = key(m*x) == k
		}
		if ok {
			fmt.Println("p52", x)
			break
		}
	}
}
