package main

import "fmt"

func main() {
	runes := []rune{'a', 'ä', '本', '\t', '\000', '\007', '\377', '\x07', '\xff', '\u12e4', '\U00101234', '\'', '\\'}
	for _, r := range runes {
		fmt.Print(int32(r), " ")
	}
	fmt.Println()
	fmt.Printf("%c %c %q %U\n", 'x', 0x4E16, '\n', 'ü')
}
