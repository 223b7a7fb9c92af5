package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
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
	{"Go", "Alicia Keys", "As I Am", 2007, length("3m10s")},
}

func printTracks(tracks []*Track) {
	const format = "%v\t%v\t%v\t%v\t%v\t\n"
	tw := new(tabwriter.Writer).Init(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, format, "Title", "Artist", "Album", "Year", "Length")
	fmt.Fprintf(tw, format, "-----", "------", "-----", "----", "------")
	for _, t := range tracks {
		fmt.Fprintf(tw, format, t.Title, t.Artist, t.Album, t.Year, t.Length)
	}
	tw.Flush()
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
	keys []func(a, b *Track) int
}

func (m *multiKey) Len() int      { return len(m.t) }
func (m *multiKey) Swap(i, j int) { m.t[i], m.t[j] = m.t[j], m.t[i] }
func (m *multiKey) Less(i, j int) bool {
	for _, k := range m.keys {
		if c := k(m.t[i], m.t[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

func byTitle(a, b *Track) int {
	switch {
	case a.Title < b.Title:
		return -1
	case a.Title > b.Title:
		return 1
	}
	return 0
}
func byYear(a, b *Track) int { return a.Year - b.Year }
func byLen(a, b *Track) int  { return int(a.Length - b.Length) }

func main() {
	sort.Sort(byArtist(tracks))
	printTracks(tracks)
	sort.Sort(sort.Reverse(byArtist(tracks)))
	printTracks(tracks)
	sort.Sort(customSort{tracks, func(x, y *Track) bool {
		if x.Title != y.Title {
			return x.Title < y.Title
		}
		if x.Year != y.Year {
			return x.Year < y.Year
		}
		return x.Length < y.Length
	}})
	printTracks(tracks)
	mk := &multiKey{tracks, []func(a, b *Track) int{byYear, byTitle, byLen}}
	sort.Sort(mk)
	printTracks(tracks)
	less := mk.Less
	fmt.Println(less(0, 1), sort.IsSorted(mk))
	values := []int{3, 1, 4, 1}
	fmt.Println(sort.IntsAreSorted(values))
	sort.Sort(sort.Reverse(sort.IntSlice(values)))
	fmt.Println(values)
}
