package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Sizer interface{ Len() int }

func main() {
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(reverse{words})
	fmt.Println(words)
	var s Sizer = reverse{words}
	fmt.Println(s.Len())
	var x any = reverse{words}
	_, ok := x.(sort.Interface)
	fmt.Println("reverse sort.Interface:", ok)
	_, ok = x.(interface{ Less(int, int) bool })
	fmt.Println("Less:", ok)
	_, ok = x.(interface{ Less(int) bool })
	fmt.Println("Less(int):", ok)
	var empty any = reverse{}
	_, ok = empty.(Sizer)
	fmt.Println("nil embedded still has the method:", ok)
}
