package main

import (
	"fmt"
	"strings"
)

func nthPermutation(digits string, n int) string {
	ds := []byte(digits)
	fact := make([]int, len(ds)+1)
	fact[0] = 1
	for i := 1; i <= len(ds); i++ {
		fact[i] = fact[i-1] * i
	}
	var sb strings.Builder
	n--
	for len(ds) > 0 {
		f := fact[len(ds)-1]
		i := n / f
		n %= f
		sb.WriteByte(ds[i])
		ds = append(ds[:i], ds[i+1:]...)
	}
	return sb.String()
}

func cycleLength(d int) int {
	seen := map[int]int{}
	r := 1
	for pos := 0; r != 0; pos++ {
		if p, ok := seen[r]; ok {
			return pos - p
		}
		seen[r] = pos
		r = r * 10 % d
	}
	return 0
}

func spiralDiagonals(size int) int {
	sum, n := 1, 1
	for step := 2; step < size; step += 2 {
		for k := 0; k < 4; k++ {
			n += step
			sum += n
		}
	}
	return sum
}

func distinctPowers(limit int) int {
	// represent a^b by its prime factorization with exponents scaled by b
	type key [8]int // up to 8 distinct primes, enough for a <= 100
	primes := []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97}
	seen := map[string]bool{}
	for a := 2; a <= limit; a++ {
		var f []string
		x := a
		for _, p := range primes {
			e := 0
			for x%p == 0 {
				x /= p
				e++
			}
			if e > 0 {
				f = append(f, fmt.Sprintf("%d^%d", p, e))
			}
		}
		for b := 2; b <= limit; b++ {
			parts := make([]string, len(f))
			for i, s := range f {
				var p, e int
				fmt.Sscanf(s, "%d^%d", &p, &e)
				parts[i] = fmt.Sprintf("%d^%d", p, e*b)
			}
			seen[strings.Join(parts, "*")] = true
		}
	}
	var _ key
	return len(seen)
}

func main() {
	fmt.Println("p24", nthPermutation("012", 3), nthPermutation("0123456789", 1000000))
	best, arg := 0, 0
	for d := 2; d < 1000; d++ {
		if l := cycleLength(d); l > best {
			best, arg = l, d
		}
	}
	fmt.Println("p26", arg, best)
	fmt.Println("p28", spiralDiagonals(5), spiralDiagonals(1001))
	fmt.Println("p29", distinctPowers(5), distinctPowers(100))
}
