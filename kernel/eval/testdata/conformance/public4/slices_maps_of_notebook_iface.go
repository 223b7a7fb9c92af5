package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	shapes := []Shape{Sq{3}, Sq{1}, Sq{2}}
	fmt.Println(slices.Contains(shapes, Shape(Sq{1})), slices.Index(shapes, Shape(Sq{2})))
	slices.SortFunc(shapes, func(a, b Shape) int { return a.Area() - b.Area() })
	fmt.Println(shapes)
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	fmt.Println(shapes)
	m := map[Shape]string{Sq{1}: "one", Sq{2}: "two"}
	ks := slices.Collect(maps.Keys(m))
	sort.Slice(ks, func(i, j int) bool { return ks[i].Area() < ks[j].Area() })
	fmt.Println(ks, len(ks))
	for k, v := range maps.All(m) {
		if k.Area() == 4 {
			fmt.Println("all:", v)
		}
	}
	m2 := maps.Clone(m)
	fmt.Println(len(m2), m2[Sq{2}])
	ch := make(chan Shape, 2)
	ch <- Sq{5}
	ch <- nil
	fmt.Println((<-ch).Area(), <-ch == nil)
}
