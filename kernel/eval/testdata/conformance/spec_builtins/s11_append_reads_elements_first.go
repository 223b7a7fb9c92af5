package main

import "fmt"

// append evaluates its arguments before it writes: appending s[len(s)-1]
// after another value, into a slice whose capacity leaves room, appends
// the element's old value (the interpreter read it after writing the first
// value over it: "123455").

type pair struct{ a, b int }

func main() {
	s := make([]byte, 5, 6)
	copy(s, "12346")
	s = append(s[:len(s)-1], '5', s[len(s)-1])
	fmt.Println(string(s))

	ps := make([]pair, 2, 4)
	ps[0], ps[1] = pair{1, 2}, pair{3, 4}
	p := &ps[1]
	ps = append(ps[:1], pair{5, 6}, *p, ps[0])
	fmt.Println(ps)
}
