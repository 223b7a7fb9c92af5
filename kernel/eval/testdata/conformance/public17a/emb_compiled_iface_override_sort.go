package main

import (
	"fmt"
	"sort"
	"strings"
)

type caseless struct{ sort.StringSlice }

func (c caseless) Less(i, j int) bool {
	return strings.ToLower(c.StringSlice[i]) < strings.ToLower(c.StringSlice[j])
}

type byLenThenDefault struct{ sort.Interface }

type people []string

func (p people) Len() int           { return len(p) }
func (p people) Less(i, j int) bool { return p[i] < p[j] }
func (p people) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func main() {
	words := []string{"banana", "Apple", "cherry", "apple2", "Banana0"}
	sort.Sort(caseless{words})
	fmt.Println(words)
	sort.Sort(sort.Reverse(caseless{words}))
	fmt.Println(words)
	p := people{"zed", "amy", "kim"}
	sort.Sort(byLenThenDefault{p})
	fmt.Println(p)
	var si sort.Interface = caseless{sort.StringSlice{"b", "A"}}
	fmt.Println(si.Len(), si.Less(0, 1))
	fmt.Printf("%T\n", si)
}
