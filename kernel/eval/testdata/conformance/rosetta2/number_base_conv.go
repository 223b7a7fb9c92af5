package main

import (
	"fmt"
	"strconv"
	"strings"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

func toBase(n int64, b int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var sb []byte
	for n > 0 {
		sb = append(sb, digits[n%int64(b)])
		n /= int64(b)
	}
	if neg {
		sb = append(sb, '-')
	}
	for i, j := 0, len(sb)-1; i < j; i, j = i+1, j-1 {
		sb[i], sb[j] = sb[j], sb[i]
	}
	return string(sb)
}

func fromBase(s string, b int) int64 {
	var n int64
	for _, c := range strings.ToLower(s) {
		n = n*int64(b) + int64(strings.IndexRune(digits, c))
	}
	return n
}

func main() {
	for _, b := range []int{2, 8, 16, 36} {
		s := toBase(26478, b)
		fmt.Println(b, s, fromBase(s, b), strconv.FormatInt(26478, b))
	}
	fmt.Println(toBase(-255, 16), toBase(0, 7))
	n, err := strconv.ParseInt("zz", 36, 64)
	fmt.Println(n, err)
	fmt.Printf("%b %o %O %x %X %#x\n", 26478, 26478, 26478, 26478, 26478, 26478)
}
