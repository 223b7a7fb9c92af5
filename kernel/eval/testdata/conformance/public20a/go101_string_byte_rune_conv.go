package main

import (
	"fmt"
	"unicode/utf8"
)

type MyBytes []byte
type MyRunes []rune
type MyStr string

func main() {
	s := "aé😀\xffz"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Printf("%d:%q(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), rs, string(rs))
	bs := []byte(s)
	bs[0] = 'A'
	fmt.Println(string(bs), s[:1])
	fmt.Println(string(rune(65)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	mb := MyBytes("hey")
	mr := MyRunes("héy")
	ms := MyStr(mb)
	fmt.Println(mb, mr, ms, string(mr), MyStr(mr))
	fmt.Printf("%T %T %T\n", mb, mr, ms)
	fmt.Printf("%s %q %x %v\n", mb, mb, mb, []byte(ms))
	b := []byte("abc")
	str := string(b)
	b[0] = 'X'
	fmt.Println(str, string(b))
	// byte overflow from rune
	r := 'é'
	fmt.Println(byte(r), string(byte(r)) == "\u00e9", []byte(string(r)))
	// strings compare bytewise
	fmt.Println("é" > "z", "Z" < "a", "abc" < "abd", "ab" < "abc")
	// concatenation builds new
	t := s[:2] + "!"
	fmt.Println(t, len(t))
	// indexing gives byte
	fmt.Printf("%T %v %c\n", s[1], s[1], s[1])
	// decode by hand
	for p := s; len(p) > 0; {
		r, size := utf8.DecodeRuneInString(p)
		fmt.Print(r, "/", size, " ")
		p = p[size:]
	}
	fmt.Println()
	lr, ls := utf8.DecodeLastRuneInString(s)
	fmt.Println(lr, ls)
	buf := utf8.AppendRune(nil, '世')
	fmt.Println(buf, utf8.FullRune(buf[:2]), utf8.RuneStart(buf[1]))
	// converting a numeric type: string(int) via rune
	for _, n := range []int{72, 105, 0x4e16} {
		fmt.Print(string(rune(n)))
	}
	fmt.Println()
	// rune arithmetic
	fmt.Println('a'+1, string('a'+1), 'z'-'a')
	var x byte = 'a'
	x += 2
	fmt.Println(x, string(x))
	// string from []byte with invalid utf8 and range
	inv := string([]byte{0xe2, 0x82})
	for i, r := range inv {
		fmt.Println(i, r == utf8.RuneError)
	}
	fmt.Println([]rune(inv))
}
