package main

import (
	"fmt"
	"unique"
)

type Key struct {
	Host string
	Port int
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type Set[E comparable] map[E]struct{}

func (s Set[E]) Add(e E)      { s[e] = struct{}{} }
func (s Set[E]) Has(e E) bool { _, ok := s[e]; return ok }

func main() {
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]Key{{"h", 1}, {"h", 2}}, Key{"h", 2}))
	var anys = []any{1, "x", Key{"a", 1}}
	fmt.Println(Index(anys, any(Key{"a", 1})), Index(anys, any(2)))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Index([]any{[]int{1}}, any(1)))
		fmt.Println(Index([]any{[]int{1}}, any([]int{1})))
	}()
	s := Set[Key]{}
	s.Add(Key{"x", 80})
	fmt.Println(s.Has(Key{"x", 80}), s.Has(Key{"x", 81}))
	h1 := unique.Make("gopher")
	h2 := unique.Make("go" + "pher")
	h3 := unique.Make("other")
	fmt.Println(h1 == h2, h1 == h3, h1.Value())
	k1 := unique.Make(Key{"db", 5432})
	k2 := unique.Make(Key{"db", 5432})
	fmt.Println(k1 == k2, k1.Value().Port)
	ifaceSet := Set[any]{}
	ifaceSet.Add(1)
	ifaceSet.Add("1")
	ifaceSet.Add(1)
	fmt.Println(len(ifaceSet))
}
