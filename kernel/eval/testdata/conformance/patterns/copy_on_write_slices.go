package main

import (
	"fmt"
	"slices"
)

type Snapshot struct {
	version int
	items   []string
}

func (s Snapshot) With(item string) Snapshot {
	items := make([]string, len(s.items), len(s.items)+1)
	copy(items, s.items)
	return Snapshot{s.version + 1, append(items, item)}
}

func (s Snapshot) Without(item string) Snapshot {
	i := slices.Index(s.items, item)
	if i < 0 {
		return s
	}
	return Snapshot{s.version + 1, slices.Delete(slices.Clone(s.items), i, i+1)}
}

func main() {
	s0 := Snapshot{}
	s1 := s0.With("a")
	s2 := s1.With("b")
	s3 := s2.With("c")
	s4 := s3.Without("b")
	for _, s := range []Snapshot{s0, s1, s2, s3, s4} {
		fmt.Println(s.version, s.items, len(s.items), s.items == nil)
	}
	fmt.Println(s3.Without("zz").version)
	a := []int{1, 2, 3, 4, 5}
	b := slices.Clone(a[1:3])
	b = append(b, 99)
	fmt.Println(a, b, slices.Equal(a[1:3], b[:2]))
	c := slices.Insert(a, 2, 10, 11)
	slices.Reverse(c)
	fmt.Println(c, a)
}
