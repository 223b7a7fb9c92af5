package main

import (
	"bytes"
	"fmt"
	"strings"
)

type MyBytes []byte
type MyString string
type MyRunes []rune

func (b MyBytes) Upper() MyBytes { return MyBytes(bytes.ToUpper(b)) }
func (s MyString) Len() int      { return len(s) }

func main() {
	b := MyBytes("hello")
	s := MyString(b)
	fmt.Println(string(b.Upper()), s, s.Len())
	r := MyRunes("héllo")
	fmt.Println(len(r), string(r[1]), MyString(r))
	bs := []byte(s)
	fmt.Printf("%T %v %T\n", bs, bs, MyBytes(bs))
	fmt.Println(strings.ToUpper(string(s)), bytes.Equal(b, []byte("hello")))
	var x MyString = "a" + "b"
	x += "c"
	fmt.Println(x, x < "abd", x[1:], string(x[0]))
	for i, c := range x {
		fmt.Print(i, string(c))
	}
	fmt.Println()
	fmt.Printf("%s %q %x %v\n", b, b, b, b)
	fmt.Printf("%s %v\n", r, r)
}
