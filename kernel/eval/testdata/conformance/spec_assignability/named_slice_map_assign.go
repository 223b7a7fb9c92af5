package main

import "fmt"

type Names []string
type Ages map[string]int

func (n Names) Join() string {
	s := ""
	for i, x := range n {
		if i > 0 {
			s += ","
		}
		s += x
	}
	return s
}

func count(xs []string) int { return len(xs) }

func main() {
	var n Names = []string{"a", "b"}
	var raw []string = n // identical underlying types, one is unnamed
	fmt.Println(n.Join(), count(n), len(raw))
	var a Ages = map[string]int{"bob": 3}
	var m map[string]int = a
	m["al"] = 4
	fmt.Println(len(a), a["al"])
	fmt.Printf("%T %T\n", n, raw)
}
