package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Track struct {
	Title  string
	Artist string
	Album  string
	Year   int
	Length time.Duration
}

func length(s string) time.Duration {
	d, err := time.ParseDuration(s)
	if err != nil {
		panic(s)
	}
	return d
}

var tracks = []*Track{
	{"Go", "Delilah", "From the Roots Up", 2012, length("3m38s")},
	{"Go", "Moby", "Moby", 1992, length("3m37s")},
	{"Go Ahead", "Alicia Keys", "As I Am", 2007, length("4m36s")},
	{"Ready 2 Go", "Martin Solveig", "Smash", 2011, length("4m24s")},
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

type multiKey struct {
	t    []*Track
	keys []string
}

func (m *multiKey) Len() int      { return len(m.t) }
func (m *multiKey) Swap(i, j int) { m.t[i], m.t[j] = m.t[j], m.t[i] }
func (m *multiKey) Less(i, j int) bool {
	a, b := m.t[i], m.t[j]
	for _, k := range m.keys {
		switch k {
		case "Title":
			if a.Title != b.Title {
				return a.Title < b.Title
			}
		case "Year":
			if a.Year != b.Year {
				return a.Year < b.Year
			}
		case "Length":
			if a.Length != b.Length {
				return a.Length < b.Length
			}
		}
	}
	return false
}

func (m *multiKey) click(k string) {
	m.keys = append([]string{k}, m.keys...)
	if len(m.keys) > 3 {
		m.keys = m.keys[:3]
	}
}

func print(ts []*Track) {
	var sb strings.Builder
	for _, t := range ts {
		fmt.Fprintf(&sb, "%-12s %-16s %4d %v\n", t.Title, t.Artist, t.Year, t.Length)
	}
	fmt.Print(sb.String())
	fmt.Println("--")
}

func main() {
	sort.Sort(byArtist(tracks))
	print(tracks)
	sort.Sort(sort.Reverse(byArtist(tracks)))
	print(tracks)
	sort.Sort(customSort{tracks, func(x, y *Track) bool {
		if x.Title != y.Title {
			return x.Title < y.Title
		}
		if x.Year != y.Year {
			return x.Year < y.Year
		}
		return x.Length < y.Length
	}})
	print(tracks)
	m := &multiKey{t: tracks}
	m.click("Length")
	m.click("Year")
	sort.Stable(m)
	print(tracks)
	fmt.Println(sort.IsSorted(m), m.keys)
	values := []int{3, 1, 4, 1}
	fmt.Println(sort.IntsAreSorted(values))
	sort.Sort(sort.Reverse(sort.IntSlice(values)))
	fmt.Println(values)
}
