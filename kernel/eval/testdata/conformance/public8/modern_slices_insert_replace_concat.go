package main

import (
	"fmt"
	"slices"
	"strings"
)

type Track struct {
	Title string
	Secs  int
}

func main() {
	pl := []Track{{"Intro", 60}, {"Song A", 200}, {"Song B", 180}}
	pl = slices.Insert(pl, 1, Track{"Jingle", 15}, Track{"Ad", 30})
	pl = slices.Replace(pl, 2, 3, Track{"Ad (short)", 10})
	pl = slices.Concat(pl, []Track{{"Outro", 45}}, nil, []Track{{"Bonus", 300}})
	for i, t := range pl {
		fmt.Printf("%d %-11s %3d\n", i, t.Title, t.Secs)
	}
	i := slices.IndexFunc(pl, func(t Track) bool { return strings.HasPrefix(t.Title, "Song") })
	pl = slices.DeleteFunc(pl, func(t Track) bool { return t.Secs < 20 })
	fmt.Println(i, len(pl))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	c := slices.Clip(make([]int, 2, 10))
	fmt.Println(len(c), cap(c))
	a := []string{"x", "y", "z"}
	slices.Reverse(a)
	fmt.Println(a, slices.Equal(a, []string{"z", "y", "x"}))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(n int, s string) bool { return fmt.Sprint(n) == s }))
	fmt.Println(slices.CompactFunc([]string{"a", "A", "b", "B", "b"}, strings.EqualFold))
	m, _ := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(m, slices.Min([]float64{2, -1, 3}), slices.Contains(a, "y"))
	parts := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(parts, len(parts))
}
