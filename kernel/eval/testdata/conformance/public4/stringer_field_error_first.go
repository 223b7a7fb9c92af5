package main

import "fmt"

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type H struct{ S fmt.Stringer }

func main() {
	b := Both{7}
	var s fmt.Stringer = b
	fmt.Println(s)
	fmt.Println([]fmt.Stringer{b})
	fmt.Println(H{b})
	h := H{S: b}
	fmt.Println(h.S)
	fmt.Printf("%v\n", h)
}
