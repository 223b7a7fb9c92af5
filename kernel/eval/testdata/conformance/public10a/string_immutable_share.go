package main

import "fmt"

func main() {
	s := "hello"
	t := s
	s += " world"
	fmt.Println(t, "|", s)
	// s[0] = 'H' does not compile; build a new string instead.
	b := []byte(s)
	b[0] = 'H'
	s = string(b)
	fmt.Println(s)
	sub := s[6:]
	fmt.Println(sub, len(sub), s[0], string(s[0]), s[len(s)-1:])
	fmt.Println("a" < "b", "ab" < "b", "Z" < "a", "" < "a", "abc" == "ab"+"c")
	var x byte = s[1]
	fmt.Printf("%T %v %c\n", x, x, x)
	for i := 0; i < len("é"); i++ {
		fmt.Printf("%x ", "é"[i])
	}
	fmt.Println()
}
