package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

type fileInput struct {
	name string
	text string
}

func countLines(in fileInput, counts map[string]int, where map[string]map[string]bool) {
	sc := bufio.NewScanner(strings.NewReader(in.text))
	for sc.Scan() {
		line := sc.Text()
		counts[line]++
		if where[line] == nil {
			where[line] = map[string]bool{}
		}
		where[line][in.name] = true
	}
}

func main() {
	files := []fileInput{
		{"one.txt", "apple\nbanana\napple\ncherry\n"},
		{"two.txt", "banana\ndate\napple\n"},
		{"three.txt", "elder\n\n\n"},
	}
	counts := map[string]int{}
	where := map[string]map[string]bool{}
	for _, f := range files {
		countLines(f, counts, where)
	}
	var lines []string
	for l, n := range counts {
		if n > 1 {
			lines = append(lines, l)
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		var names []string
		for n := range where[l] {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Printf("%d\t%q\t%s\n", counts[l], l, strings.Join(names, ","))
	}
}
