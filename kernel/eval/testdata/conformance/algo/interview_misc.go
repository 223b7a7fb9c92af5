package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

func fizzbuzz(n int) []string {
	out := make([]string, 0, n)
	for i := 1; i <= n; i++ {
		switch {
		case i%15 == 0:
			out = append(out, "FizzBuzz")
		case i%3 == 0:
			out = append(out, "Fizz")
		case i%5 == 0:
			out = append(out, "Buzz")
		default:
			out = append(out, strconv.Itoa(i))
		}
	}
	return out
}

func reverseInt(x int32) int32 {
	var r int64
	for x != 0 {
		r = r*10 + int64(x%10)
		x /= 10
	}
	if r > 1<<31-1 || r < -(1<<31) {
		return 0
	}
	return int32(r)
}

func majority(xs []int) int {
	cand, count := 0, 0
	for _, x := range xs {
		if count == 0 {
			cand = x
		}
		if x == cand {
			count++
		} else {
			count--
		}
	}
	return cand
}

func rotate(xs []int, k int) {
	k %= len(xs)
	slices.Reverse(xs)
	slices.Reverse(xs[:k])
	slices.Reverse(xs[k:])
}

func moveZeroes(xs []int) {
	j := 0
	for i, x := range xs {
		if x != 0 {
			xs[i], xs[j] = xs[j], xs[i]
			j++
		}
	}
}

func isValidSudokuRow(row string) bool {
	seen := [10]bool{}
	for _, c := range row {
		if c == '.' {
			continue
		}
		if seen[c-'0'] {
			return false
		}
		seen[c-'0'] = true
	}
	return true
}

func addBinary(a, b string) string {
	var sb []byte
	i, j, carry := len(a)-1, len(b)-1, 0
	for i >= 0 || j >= 0 || carry > 0 {
		s := carry
		if i >= 0 {
			s += int(a[i] - '0')
			i--
		}
		if j >= 0 {
			s += int(b[j] - '0')
			j--
		}
		sb = append(sb, byte('0'+s%2))
		carry = s / 2
	}
	slices.Reverse(sb)
	return string(sb)
}

func main() {
	fmt.Println(strings.Join(fizzbuzz(15), " "))
	fmt.Println(reverseInt(123), reverseInt(-120), reverseInt(1534236469))
	fmt.Println(majority([]int{2, 2, 1, 1, 1, 2, 2}))
	xs := []int{1, 2, 3, 4, 5, 6, 7}
	rotate(xs, 3)
	fmt.Println(xs)
	z := []int{0, 1, 0, 3, 12}
	moveZeroes(z)
	fmt.Println(z)
	fmt.Println(isValidSudokuRow("53..7...."), isValidSudokuRow("53..5...."))
	fmt.Println(addBinary("1010", "1011"), addBinary("0", "0"), addBinary("1111", "1"))
}
