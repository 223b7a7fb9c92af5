package main

import (
	"fmt"
	"strconv"
)

func main() {
	var i int = 65
	var r rune = 0x1F600
	var b byte = 'z'
	fmt.Println(string(rune(i)), string(r), string(b), strconv.Itoa(i))
	var big int64 = 0x110000 // beyond Unicode: the replacement character
	fmt.Printf("%q %q\n", string(rune(big)), string(rune(-5)))
	codes := []int{72, 101, 108, 108, 111}
	s := ""
	for _, c := range codes {
		s += string(rune(c))
	}
	fmt.Println(s)
	fmt.Println(fmt.Sprint(i), fmt.Sprintf("%c", i), fmt.Sprintf("%U", r))
	type MyRune rune
	var mr MyRune = 'é'
	fmt.Println(string(mr), string([]MyRune{'a', 'b'}[1]))
}
