package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func show(x any) {
	switch v := x.(type) {
	case byLen:
		fmt.Println("byLen", []string(v))
	case sort.Interface:
		fmt.Println("sort.Interface", v.Len())
	default:
		fmt.Printf("%T\n", v)
	}
}

func main() {
	var si sort.Interface = byLen{"ccc", "a", "bb"}
	sort.Sort(si)
	var a any = si
	fmt.Println(a)
	fmt.Printf("%v %T\n", a, a)
	show(si)
	show(a)
	b, ok := a.(byLen)
	fmt.Println(b, ok)
	l := []any{si, 3}
	fmt.Println(l...)
}
