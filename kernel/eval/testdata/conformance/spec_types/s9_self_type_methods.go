package main

import (
	"fmt"
	"strings"
)

// Tree is a slice of itself with a String method.
type Tree []Tree

func (t Tree) String() string {
	if len(t) == 0 {
		return "."
	}
	parts := make([]string, len(t))
	for i, k := range t {
		parts[i] = k.String()
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func (t Tree) Size() int {
	n := 1
	for _, k := range t {
		n += k.Size()
	}
	return n
}

type Sizer interface{ Size() int }

func main() {
	t := Tree{Tree{}, Tree{Tree{}, Tree{}}}
	fmt.Println(t)
	fmt.Printf("%v %s %d\n", t, t[1], t.Size())
	var s Sizer = t
	fmt.Println(s.Size())
	var st fmt.Stringer = t[1]
	fmt.Println(st.String(), st)
	fmt.Println([]Tree{t[0], t[1]})
	fmt.Println(map[string]Tree{"a": t})
}
