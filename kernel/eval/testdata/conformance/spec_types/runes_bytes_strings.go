package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Grüße, 世界!"
	fmt.Println(len(s), len([]rune(s)), s[2], s[2:4], string(s[0]))
	for i, r := range s {
		if r > 127 {
			fmt.Print(i, ":", string(r), " ")
		}
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'g'
	fmt.Println(string(b), s)
	r := []rune(s)
	r[7] = '地'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string([]byte{72, 105}))
	var sb strings.Builder
	for _, c := range "hello world" {
		if unicode.IsLetter(c) {
			sb.WriteRune(unicode.ToUpper(c))
		} else {
			sb.WriteByte('_')
		}
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(bytes.Equal([]byte("a"), []byte{'a'}), bytes.ToUpper([]byte("xyz")))
	fmt.Printf("%s %q %v %x\n", []byte("hi"), []byte("hi"), []byte("hi"), "hi")
	bad := string([]byte{0xff, 'a'})
	for _, c := range bad {
		fmt.Print(c, " ")
	}
	fmt.Println(len(bad), []rune(bad))
	fmt.Println(strings.Compare("a", "b"), "abc" < "abd", "Z" < "a", "" < "a")
	var c byte = 'a'
	c += 2
	fmt.Println(c, string(c), rune(c)+1)
	words := strings.Fields("  the quick\tbrown\n fox ")
	fmt.Println(len(words), strings.Join(words, "|"))
}
