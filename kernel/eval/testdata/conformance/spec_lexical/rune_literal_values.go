package main

import "fmt"

func main() {
	runes := []rune{'a', 'ä', '本', '\t', '\000', '\007', '\377', '\x07', '\xff', '\u12e4', '\U00101234'}
	for _, r := range runes {
		fmt.Printf("%d %U\n", r, r)
	}
	var b byte = 'A'
	fmt.Println(b, string(rune(b)), 'x'-'a')
}
