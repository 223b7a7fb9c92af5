package main

import "fmt"

func main() {
	s := "\a\b\f\n\r\t\v\\\"'"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Printf("%q\n", "\x41\101\u0042\U00000043")
	fmt.Println(len("\u65e5本"), len("\xe6\x97\xa5"))
	fmt.Println("\u65e5" == "\xe6\x97\xa5")
	fmt.Printf("%q %q %q\n", '\'', '\x00', '\377')
}
