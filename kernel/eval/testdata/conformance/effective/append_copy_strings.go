package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	x := []int{1, 2, 3}
	y := []int{4, 5, 6}
	x = append(x, y...)
	fmt.Println(x)
	b := append([]byte("hello "), "world"...)
	fmt.Println(string(b), len(b))
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[1:3], []byte(s[:3]))
	r := []rune(s)
	r[0] = 'H'
	fmt.Println(string(r), string(r[7:]))
	n := copy(b, "HELLO")
	fmt.Println(n, string(b))
	var buf [4]byte
	k := copy(buf[:], s)
	fmt.Println(k, buf)
	fmt.Println(string(rune(65)), fmt.Sprint(rune(65)), string([]byte{0xe4, 0xb8, 0x96}))
	str := "x"
	for i := 0; i < 3; i++ {
		str += str
	}
	fmt.Println(str, len(str))
	fmt.Println("abc" < "abd", "Z" < "a", "" < "a")
}
