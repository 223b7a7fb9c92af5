package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := "héllo"
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(s, string(b), len(s), len(b))
	r := []rune(s)
	r[1] = 'e'
	fmt.Println(string(r), len(r))

	// The conversion copies: changing the bytes later does not change the string.
	str := string(b)
	b[1] = 'X'
	fmt.Printf("%q %q\n", str, b)

	var nb []byte
	fmt.Println(string(nb) == "", len([]byte("")), []byte("") != nil)
	fmt.Println(string(rune(65)), string([]byte{72, 105}), string([]rune{0x4e16, 0x754c}))
	bs := append([]byte("abc"), "def"...)
	fmt.Println(string(bs), bytes.Equal(bs, []byte("abcdef")))
	n := copy(bs, "XY")
	fmt.Println(n, string(bs))

	type MyBytes []byte
	type MyString string
	mb := MyBytes(MyString("zz"))
	fmt.Printf("%T %v %T\n", mb, mb, MyString(mb))
}
