package main

import (
	"fmt"
	"sort"
)

type Grams int

type Fruit struct {
	Name   string
	Weight Grams
}

func main() {
	fruits := []Fruit{{"peach", 150}, {"apple", 120}, {"kiwi", 75}, {"plum", 120}, {"fig", 75}}
	sort.SliceStable(fruits, func(i, j int) bool { return fruits[i].Weight < fruits[j].Weight })
	fmt.Println(fruits)
	idx := sort.Search(len(fruits), func(i int) bool { return fruits[i].Weight >= 120 })
	fmt.Println(idx, fruits[idx])
	pos, found := sort.Find(len(fruits), func(i int) int {
		switch {
		case 150 < fruits[i].Weight:
			return -1
		case 150 > fruits[i].Weight:
			return 1
		}
		return 0
	})
	fmt.Println(pos, found)
	fs := sort.Float64Slice{2.5, -1, 3}
	fs.Sort()
	fmt.Println(fs, fs.Search(2.5), sort.StringsAreSorted([]string{"a", "b"}))
}
