package main

import "fmt"

func parseNumber(s string) (int, bool) {
	i, n, sign := 0, 0, 1

	if i >= len(s) {
		goto fail
	}
	if s[i] == '-' {
		sign = -1
		i++
	}
	if i >= len(s) {
		goto fail
	}
digits:
	if s[i] < '0' || s[i] > '9' {
		goto fail
	}
	n = n*10 + int(s[i]-'0')
	i++
	if i < len(s) {
		goto digits
	}
	return sign * n, true
fail:
	return 0, false
}

func main() {
	for _, s := range []string{"123", "-45", "", "-", "12a", "0"} {
		n, ok := parseNumber(s)
		fmt.Printf("%q -> %d %v\n", s, n, ok)
	}
	i := 0
retry:
	i++
	if i < 3 {
		fmt.Println("attempt", i)
		goto retry
	}
	fmt.Println("done after", i)
}
