package main

import (
	"fmt"
	"strings"
)

var table map[string]func(string) string

var upper = strings.ToUpper

func init() {
	table = map[string]func(string) string{
		"up":   upper,
		"rev":  reverse,
		"same": func(s string) string { return s },
	}
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	for _, k := range []string{"up", "rev", "same"} {
		fmt.Println(k, table[k]("abc"))
	}
}
