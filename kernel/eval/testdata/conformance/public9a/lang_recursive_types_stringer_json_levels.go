package main

import (
	"encoding/json"
	"fmt"
)

type Kind int

func (k Kind) String() string { return [...]string{"leaf", "node"}[k] }

type Tree struct {
	K    Kind
	Kids []Tree
	M    map[string]Tree
}
type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("c", int(c))), nil }

type G struct {
	C   Color
	Sub []G
}

func main() {
	t := Tree{K: 1, Kids: []Tree{{K: 0}, {K: 1, Kids: []Tree{{K: 0}}}}, M: map[string]Tree{"x": {K: 1}}}
	fmt.Printf("%v\n%+v\n", t, t)
	fmt.Println(t.Kids)
	g := G{1, []G{{2, nil}, {3, []G{{4, nil}}}}}
	b, err := json.Marshal(g)
	fmt.Println(string(b), err)
	fmt.Println(g)
}
