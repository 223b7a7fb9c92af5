package main

import (
	"fmt"
	"strings"
)

type Letter rune
type Bytes []byte
type Str string

func caesar(s string, k int) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			sb.WriteRune('a' + (r-'a'+rune(k)+26)%26)
		case r >= 'A' && r <= 'Z':
			sb.WriteRune('A' + (r-'A'+rune(k)+26)%26)
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func main() {
	enc := caesar("Hello, Wörld!", 3)
	fmt.Println(enc, caesar(enc, -3))
	var l Letter = 'x'
	fmt.Println(l, string(l), Str(l), string(rune(l)+1))
	b := Bytes("héllo")
	s := Str(b)
	fmt.Println(len(b), s, string(b[1:3]), []rune(string(s))[1])
	bs := []byte("abc")
	str := string(bs)
	bs[0] = 'X'
	fmt.Println(str, string(bs))
	rs := []rune("日本語")
	rs[1] = '米'
	fmt.Println(string(rs), len(string(rs)), string(rs[2:]))
	for i := 0; i < len("añb"); i++ {
		fmt.Printf("%d:%x ", i, "añb"[i])
	}
	fmt.Println()
	var digits []byte
	for n := 9045; n > 0; n /= 10 {
		digits = append(digits, byte('0'+n%10))
	}
	fmt.Println(string(digits))
	x := 'a' + 1
	y := "a" + string(rune(98))
	fmt.Printf("%T %v %q %T\n", x, x, y, y)
	counts := [26]int{}
	for _, c := range strings.ToLower("The Quick Brown Fox") {
		if c >= 'a' && c <= 'z' {
			counts[c-'a']++
		}
	}
	fmt.Println(counts)
	fmt.Println(strings.Compare(string([]byte{0xff}), "\xff"), []byte("") == nil, string([]byte(nil)) == "")
	h := 0
	for _, c := range []byte("hash me") {
		h = h*31 + int(c)
	}
	fmt.Println(h, uint8(h), int8(h))
	fmt.Println(string(rune(0xD800)) == "\uFFFD", []byte(string(rune(0xD800))))
	m := map[rune]int{}
	for _, r := range "mississippi" {
		m[r]++
	}
	fmt.Println(m)
	ss := Str("abc")
	for i, r := range ss {
		fmt.Print(i, string(r))
	}
	fmt.Println(strings.Repeat(string(ss[0]), 3))
}
