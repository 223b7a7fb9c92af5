package main

import (
	"fmt"
	"math/big"
	"strings"
)

func catalan(n int) []*big.Int {
	c := []*big.Int{big.NewInt(1)}
	for i := 1; i <= n; i++ {
		v := new(big.Int).Mul(c[i-1], big.NewInt(int64(2*(2*i-1))))
		v.Div(v, big.NewInt(int64(i+1)))
		c = append(c, v)
	}
	return c
}

func pascal(n int) [][]int {
	rows := [][]int{{1}}
	for i := 1; i < n; i++ {
		prev := rows[i-1]
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = prev[j-1] + prev[j]
		}
		rows = append(rows, row)
	}
	return rows
}

func perfect(limit int) []int {
	var out []int
	for n := 2; n <= limit; n++ {
		s := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				s += d
				if d*d != n {
					s += n / d
				}
			}
		}
		if s == n {
			out = append(out, n)
		}
	}
	return out
}

func happy(n int) bool {
	seen := map[int]bool{}
	for n != 1 && !seen[n] {
		seen[n] = true
		s := 0
		for ; n > 0; n /= 10 {
			d := n % 10
			s += d * d
		}
		n = s
	}
	return n == 1
}

func hailstone(n int) []int {
	seq := []int{n}
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		seq = append(seq, n)
	}
	return seq
}

func digitalRoot(n int64) (root, persistence int64) {
	for n >= 10 {
		s := int64(0)
		for ; n > 0; n /= 10 {
			s += n % 10
		}
		n = s
		persistence++
	}
	return n, persistence
}

func main() {
	for _, c := range catalan(15) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	for _, r := range pascal(8) {
		s := fmt.Sprint(r)
		fmt.Printf("%*s\n", 20+len(s)/2, s)
	}
	fmt.Println(perfect(10000))
	var hs []int
	for i := 1; len(hs) < 8; i++ {
		if happy(i) {
			hs = append(hs, i)
		}
	}
	fmt.Println(hs)
	h := hailstone(27)
	fmt.Println(len(h), h[:4], h[len(h)-4:])
	best, bestLen := 0, 0
	for i := 1; i < 10000; i++ {
		if l := len(hailstone(i)); l > bestLen {
			best, bestLen = i, l
		}
	}
	fmt.Println(best, bestLen)
	for _, n := range []int64{627615, 39390, 588225, 393900588225} {
		r, p := digitalRoot(n)
		fmt.Println(n, r, p)
	}
	var tri []string
	for i := 1; i <= 10; i++ {
		tri = append(tri, fmt.Sprint(i*(i+1)/2))
	}
	fmt.Println(strings.Join(tri, ","))
}
