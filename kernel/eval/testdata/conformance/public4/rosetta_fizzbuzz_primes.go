package main

import (
	"fmt"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		ps = append(ps, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return ps
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func fizz(i int) string {
	switch {
	case i%15 == 0:
		return "FizzBuzz"
	case i%3 == 0:
		return "Fizz"
	case i%5 == 0:
		return "Buzz"
	}
	return fmt.Sprint(i)
}

func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func main() {
	out := make([]string, 0, 20)
	for i := 1; i <= 20; i++ {
		out = append(out, fizz(i))
	}
	fmt.Println(strings.Join(out, " "))
	fmt.Println(sieve(60))
	fmt.Println(gcd(1071, 462), gcd(17, 5))
	best, bestN := 0, 0
	for i := 1; i < 1000; i++ {
		if s := collatz(i); s > best {
			best, bestN = s, i
		}
	}
	fmt.Println(bestN, best)
	var tri [][]int
	for r := 0; r < 6; r++ {
		row := make([]int, r+1)
		row[0], row[r] = 1, 1
		for c := 1; c < r; c++ {
			row[c] = tri[r-1][c-1] + tri[r-1][c]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		fmt.Printf("%*s%v\n", 6-len(row), "", row)
	}
}
