package main

import "fmt"

func main() {
	s := "go"
	s += "lang"
	fmt.Println(s, len(s), s[0], s[2:])
	b := s[0]
	fmt.Printf("%T %c\n", b, b)
	x := "a" + "b" + string('c') + fmt.Sprint(1)
	fmt.Println(x)
	for i := 0; i < len(s); i += 2 {
		fmt.Print(string(s[i]))
	}
	fmt.Println()
}
