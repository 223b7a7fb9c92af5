package main

import "fmt"

type MyString string
type MyBytes []byte

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(string(b[1:3]), string(r[1]), string(r[7:]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	ms := MyString("typed")
	mb := MyBytes(ms)
	fmt.Println(ms, mb, string(mb))
	fmt.Println([]byte("abc"), []rune("ab"))
	var bs []byte
	fmt.Printf("%q\n", string(bs))
	fmt.Println(string([]rune{0x65e5, 0x672c}))
}
