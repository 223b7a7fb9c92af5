package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	b := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		b = utf8.AppendRune(b, r)
		s = s[:len(s)-n]
	}
	return string(b)
}

func truncate(s string, n int) string {
	i := 0
	for j := 0; j < n && i < len(s); j++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

func main() {
	for _, s := range []string{"Hello, 世界", "añb", "😀x😀"} {
		fmt.Println(reverse(s), truncate(s, 3), utf8.RuneCount([]byte(s)))
	}
	fmt.Println(utf8.FullRuneInString("世"[:2]), utf8.FullRuneInString("世"))
}
