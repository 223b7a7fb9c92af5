package main

import (
	"fmt"
	"strings"
)

type Code int
type Tag string

func (t Tag) GoString() string { return "Tag(" + strings.ToUpper(string(t)) + ")" }

type P struct{ X int }
type Codes map[string]Code

func main() {
	fmt.Printf("%#v %#v %#v\n", []Code{1, 2}, Code(3), map[string]Code{"a": 1})
	fmt.Printf("%#v %#v\n", Tag("x"), []Tag{"a", "b"})
	fmt.Printf("%#v %#v %#v\n", P{1}, []P{{2}}, &P{3})
	var a any = []Code{4}
	fmt.Printf("%#v %T\n", a, a)
	fmt.Printf("%#v %#v\n", Codes{"z": 9}, [2]Code{1, 2})
	s := fmt.Sprintf("%#v|%v|%+v", []Code{5}, []Code{5}, []P{{6}})
	fmt.Println(s)
	fmt.Printf("%#v %#v\n", []string{"x"}, []any{Code(1), "y"})
}
