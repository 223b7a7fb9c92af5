package main

import (
	"fmt"
	"sort"
)

type Score int

type Entry struct {
	Who   string
	Score Score
}

type Entries []Entry

func main() {
	es := Entries{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}}
	sort.SliceStable(es, func(i, j int) bool { return es[i].Score > es[j].Score })
	fmt.Println(es)
	sort.Slice(es, func(i, j int) bool { return es[i].Who < es[j].Who })
	fmt.Println(es)
	scores := []Score{5, 2, 9, 1}
	sort.Slice(scores, func(i, j int) bool { return scores[i] < scores[j] })
	i := sort.Search(len(scores), func(i int) bool { return scores[i] >= 5 })
	fmt.Println(scores, i, sort.SliceIsSorted(scores, func(i, j int) bool { return scores[i] < scores[j] }))
	names := sort.StringSlice{"z", "x", "y"}
	names.Sort()
	fmt.Println(names, sort.SearchStrings(names, "y"))
}
