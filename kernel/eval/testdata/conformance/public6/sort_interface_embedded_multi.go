package main

import (
	"fmt"
	"sort"
	"strings"
)

type Track struct {
	Title  string
	Artist string
	Year   int
	Secs   int
}

type byArtist []*Track

func (x byArtist) Len() int           { return len(x) }
func (x byArtist) Less(i, j int) bool { return x[i].Artist < x[j].Artist }
func (x byArtist) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

type customSort struct {
	t    []*Track
	less func(x, y *Track) bool
}

func (x customSort) Len() int           { return len(x.t) }
func (x customSort) Less(i, j int) bool { return x.less(x.t[i], x.t[j]) }
func (x customSort) Swap(i, j int)      { x.t[i], x.t[j] = x.t[j], x.t[i] }

type reverseYear struct{ sort.Interface }

func print(ts []*Track) {
	for _, t := range ts {
		fmt.Printf("  %-18s %-14s %d %d:%02d\n", t.Title, t.Artist, t.Year, t.Secs/60, t.Secs%60)
	}
}

func main() {
	tracks := []*Track{
		{"Go", "Delilah", 2012, 225},
		{"Go", "Moby", 1992, 196},
		{"Go Ahead", "Alicia Keys", 2007, 286},
		{"Ready 2 Go", "Martin Solveig", 2011, 264},
		{"Go Again", "Moby", 2002, 200},
	}
	sort.Sort(byArtist(tracks))
	fmt.Println("by artist:")
	print(tracks)
	sort.Sort(sort.Reverse(byArtist(tracks)))
	fmt.Println("reverse artist:")
	print(tracks)
	sort.Sort(customSort{tracks, func(x, y *Track) bool {
		if x.Title != y.Title {
			return x.Title < y.Title
		}
		if x.Year != y.Year {
			return x.Year < y.Year
		}
		return x.Secs < y.Secs
	}})
	fmt.Println("custom:")
	print(tracks)
	fmt.Println(sort.IsSorted(byArtist(tracks)))
	sort.Stable(byArtist(tracks))
	print(tracks)

	words := strings.Fields("banana Apple cherry apple Banana date")
	sort.Slice(words, func(i, j int) bool {
		li, lj := strings.ToLower(words[i]), strings.ToLower(words[j])
		if li != lj {
			return li < lj
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	ints := []int{5, 1, 4, 1, 5, 9, 2, 6}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 5), sort.SearchInts([]int{1, 3, 5, 7}, 4))
	fl := sort.Float64Slice{2.5, -1, 3.25}
	fl.Sort()
	fmt.Println(fl, fl.Search(3), sort.StringsAreSorted([]string{"a", "b"}))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	i, found := sort.Find(len(ints), func(i int) int { return 4 - ints[len(ints)-1-i] })
	fmt.Println(i, found)
}
