package main

import (
	"fmt"
	"unicode/utf8"
)

type Text []byte

func (t Text) Runes() []rune {
	var rs []rune
	for len(t) > 0 {
		r, size := utf8.DecodeRune(t)
		rs = append(rs, r)
		t = t[size:]
	}
	return rs
}

func (t Text) Reverse() Text {
	out := make(Text, 0, len(t))
	for i := len(t); i > 0; {
		r, size := utf8.DecodeLastRune(t[:i])
		out = utf8.AppendRune(out, r)
		i -= size
	}
	return out
}

type Column struct {
	Name  string
	Width int
}

func (c Column) Pad(s string) string {
	n := utf8.RuneCountInString(s)
	for ; n < c.Width; n++ {
		s += " "
	}
	return s + "|"
}

func main() {
	t := Text("héllo, 世界 🎉")
	fmt.Println(len(t), utf8.RuneCount(t), string(t.Reverse()))
	fmt.Printf("%q\n", t.Runes())
	bad := Text("ok\xff\xfe\xc3")
	fmt.Println(utf8.Valid(bad), utf8.ValidString("世"), bad.Runes(), utf8.FullRune([]byte{0xe4, 0xb8}))
	for _, r := range []rune{'a', 'é', '世', '🎉', -1, 0xD800, utf8.MaxRune + 1} {
		buf := make([]byte, utf8.UTFMax)
		n := utf8.EncodeRune(buf, r)
		fmt.Print(utf8.RuneLen(r), ":", buf[:n], utf8.ValidRune(r), " ")
	}
	fmt.Println()
	c := Column{"name", 6}
	fmt.Println(c.Pad("ab"), c.Pad("한글"), c.Pad("toolongname"))
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size, utf8.RuneStart(0x80), utf8.RuneStart('a'))
	s := "a\u0301b"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}
