package main

import (
	"fmt"
	"strings"
)

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

func shouldEscape(c byte) bool {
	switch c {
	case ' ', '?', '&', '=', '#', '+', '%':
		return true
	}
	return false
}

func Compare(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		switch {
		case a[i] > b[i]:
			return 1
		case a[i] < b[i]:
			return -1
		}
	}
	switch {
	case len(a) > len(b):
		return 1
	case len(a) < len(b):
		return -1
	}
	return 0
}

func main() {
	fmt.Println(unhex('7'), unhex('b'), unhex('F'), unhex('z'))
	fmt.Println(shouldEscape('&'), shouldEscape('a'))
	fmt.Println(Compare([]byte("abc"), []byte("abd")), Compare([]byte("ab"), []byte("a")), Compare(nil, nil))
	a := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	fmt.Println(a)
	m := map[string]int{"x": 1}
	for key := range m {
		fmt.Println(key)
	}
	sum := 0
	for _, value := range []int{1, 2, 3} {
		sum += value
	}
	fmt.Println(sum)
	for pos, char := range "日本\x80語" {
		fmt.Printf("character %#U starts at byte position %d\n", char, pos)
	}
Loop:
	for n, s := range strings.Fields("a b STOP c") {
		switch {
		case s == "STOP":
			fmt.Println("stop at", n)
			break Loop
		default:
			fmt.Println("word", s)
		}
	}
}
