package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	r := []rune("héllo, 世界")
	fmt.Println(len(r), r[1], string(r[7:]))
	b := []byte("héllo")
	fmt.Println(len(b), b[1], b[2], string(b[:3]))
	fmt.Println(string([]rune{0x1F600, 'a'}), []byte(string(rune(0x10FFFF+1))))
	var x uint8 = 200
	fmt.Println(string(rune(x)))
	type MyStr string
	ms := MyStr("abc")
	fmt.Println([]byte(ms), string(ms[1]))
}
