package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for i := 0; i < len(s) && i < 4; i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	fmt.Println(s[1:3] == "é", string(s[1]), []byte(s[1:3]))

	// reversing by bytes breaks runes
	b := []byte("añb")
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	fmt.Println(utf8.Valid(b), fmt.Sprintf("%q", string(b)))
	rs := []rune("añb")
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))

	// invalid bytes range as RuneError with width 1
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println(strings.ToValidUTF8(bad, "?"), []rune(bad))

	// TrimRight vs TrimSuffix
	fmt.Println(strings.TrimRight("xxoxo", "xo"), strings.TrimSuffix("xxoxo", "xo"))
	fmt.Println(strings.TrimLeft("abcabcx", "abc"), strings.TrimPrefix("abcabcx", "abc"))

	// string(int) is a rune conversion
	n := 65
	fmt.Println(string(rune(n)), fmt.Sprint(n), string(rune(0x4e16)))

	// concatenation in a loop vs Builder
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	out := sb.String()
	fmt.Println(out[:len(out)-1], sb.Len())
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"))
}
