package main

import "fmt"

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

func shouldEscape(c byte) bool {
	switch c {
	case ' ', '?', '&', '=', '#', '+', '%':
		return true
	}
	return false
}

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

func main() {
	fmt.Println(Compare([]byte("abc"), []byte("abd")), Compare([]byte("ab"), []byte("a")), Compare(nil, []byte{}))
	n := 0
	for _, c := range []byte("a b?c=d") {
		if shouldEscape(c) {
			n++
		}
	}
	fmt.Println(n, unhex('f'), unhex('B'), unhex('7'), unhex('z'))
}
