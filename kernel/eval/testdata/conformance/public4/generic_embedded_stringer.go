package main

import (
	"fmt"
	"sort"
	"strings"
)

type List[T any] struct {
	items []T
}

func (l *List[T]) Add(v ...T) { l.items = append(l.items, v...) }
func (l List[T]) Len() int    { return len(l.items) }
func (l List[T]) String() string {
	parts := make([]string, len(l.items))
	for i, v := range l.items {
		parts[i] = fmt.Sprint(v)
	}
	return "<" + strings.Join(parts, "|") + ">"
}

type Playlist struct {
	List[string]
	Owner string
}

type Scores struct {
	List[int]
}

func (s Scores) Less(i, j int) bool { return s.items[i] > s.items[j] }
func (s Scores) Swap(i, j int)      { s.items[i], s.items[j] = s.items[j], s.items[i] }

func main() {
	var p Playlist
	p.Owner = "ann"
	p.Add("song a", "song b")
	fmt.Println(p.Len(), p.List, p.Owner)
	fmt.Println(p.String())
	sc := Scores{}
	sc.Add(3, 9, 1, 7)
	sort.Sort(sc)
	fmt.Println(sc.List, sort.IsSorted(sc))
	fmt.Printf("%v %+v\n", p.List, sc.List)
	var l List[float64]
	l.Add(1.5)
	var s fmt.Stringer = l
	fmt.Println(s, []fmt.Stringer{l, p.List})
}
