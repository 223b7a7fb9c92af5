package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func nextPerm(p []rune) bool {
	i := len(p) - 2
	for i >= 0 && p[i] >= p[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(p) - 1
	for p[j] <= p[i] {
		j--
	}
	p[i], p[j] = p[j], p[i]
	slices.Reverse(p[i+1:])
	return true
}

type byLenThenAlpha []string

func (b byLenThenAlpha) Len() int      { return len(b) }
func (b byLenThenAlpha) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byLenThenAlpha) Less(i, j int) bool {
	if len(b[i]) != len(b[j]) {
		return len(b[i]) < len(b[j])
	}
	return b[i] < b[j]
}

func main() {
	p := []rune("aabc")
	var all []string
	for ok := true; ok; ok = nextPerm(p) {
		all = append(all, string(p))
	}
	fmt.Println(len(all), all)
	words := strings.Fields("pear fig apple kiwi banana date")
	sort.Sort(byLenThenAlpha(words))
	fmt.Println(words)
	sort.Sort(sort.Reverse(byLenThenAlpha(words)))
	fmt.Println(words)
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
}
