package main

import (
	"fmt"
	"slices"
)

func divisors(n int) []int {
	var small, large []int
	for d := 1; d*d <= n; d++ {
		if n%d == 0 {
			small = append(small, d)
			if d != n/d {
				large = append(large, n/d)
			}
		}
	}
	slices.Reverse(large)
	return append(small, large...)
}

func collatzLen(n int, memo map[int]int) int {
	if n == 1 {
		return 1
	}
	if v, ok := memo[n]; ok {
		return v
	}
	next := n / 2
	if n%2 == 1 {
		next = 3*n + 1
	}
	l := 1 + collatzLen(next, memo)
	memo[n] = l
	return l
}

func digitalRoot(n int) int {
	for n >= 10 {
		s := 0
		for ; n > 0; n /= 10 {
			s += n % 10
		}
		n = s
	}
	return n
}

func isArmstrong(n int) bool {
	ds := []int{}
	for m := n; m > 0; m /= 10 {
		ds = append(ds, m%10)
	}
	sum := 0
	for _, d := range ds {
		p := 1
		for range len(ds) {
			p *= d
		}
		sum += p
	}
	return sum == n
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

func main() {
	fmt.Println(divisors(36), divisors(97), len(divisors(720720)))
	memo := map[int]int{}
	best, arg := 0, 0
	for i := 1; i < 10000; i++ {
		if l := collatzLen(i, memo); l > best {
			best, arg = l, i
		}
	}
	fmt.Println(arg, best)
	fmt.Println(digitalRoot(16), digitalRoot(942), digitalRoot(132189), digitalRoot(493193))
	var arm []int
	for i := 1; i < 10000; i++ {
		if isArmstrong(i) {
			arm = append(arm, i)
		}
	}
	fmt.Println(arm)
	for _, row := range pascal(7) {
		fmt.Println(row)
	}
	perfect := []int{}
	for n := 2; n < 10000; n++ {
		s := 0
		for _, d := range divisors(n) {
			s += d
		}
		if s-n == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println(perfect)
}
