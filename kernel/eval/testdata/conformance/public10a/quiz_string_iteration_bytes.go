package main

import "fmt"

func main() {
	s := "añb"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	for i, c := range s {
		fmt.Printf("%d:%c ", i, c)
	}
	fmt.Println()
	for i, c := range []byte(s) {
		fmt.Printf("%d:%d ", i, c)
	}
	fmt.Println()
	var sum int
	for _, c := range "123" {
		sum += int(c - '0')
	}
	fmt.Println(sum)
	x := "abc"[1]
	y := "abc"[1:2]
	fmt.Printf("%T %v %T %v\n", x, x, y, y)
	fmt.Println(string(rune(x)) == y, "é" == "\u00e9", "é" == "e\u0301")
}
