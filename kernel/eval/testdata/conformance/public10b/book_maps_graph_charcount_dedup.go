package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

var graph = make(map[string]map[string]bool)

func addEdge(from, to string) {
	edges := graph[from]
	if edges == nil {
		edges = make(map[string]bool)
		graph[from] = edges
	}
	edges[to] = true
}

func hasEdge(from, to string) bool { return graph[from][to] }

func k(list []string) string { return fmt.Sprintf("%q", list) }

func charcount(in io.Reader) {
	counts := make(map[rune]int)
	var utflen [utf8.UTFMax + 1]int
	invalid := 0
	cats := map[string]int{}
	rd := bufio.NewReader(in)
	for {
		r, n, err := rd.ReadRune()
		if err == io.EOF {
			break
		}
		if r == unicode.ReplacementChar && n == 1 {
			invalid++
			continue
		}
		counts[r]++
		utflen[n]++
		switch {
		case unicode.IsLetter(r):
			cats["letter"]++
		case unicode.IsDigit(r):
			cats["digit"]++
		case unicode.IsSpace(r):
			cats["space"]++
		default:
			cats["other"]++
		}
	}
	var rs []rune
	for r := range counts {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	fmt.Printf("rune\tcount\n")
	for _, r := range rs {
		fmt.Printf("%q\t%d\n", r, counts[r])
	}
	fmt.Print("\nlen\tcount\n")
	for i, n := range utflen {
		if i > 0 {
			fmt.Printf("%d\t%d\n", i, n)
		}
	}
	fmt.Println(invalid, cats)
}

func main() {
	addEdge("a", "b")
	addEdge("a", "c")
	addEdge("b", "c")
	fmt.Println(hasEdge("a", "b"), hasEdge("c", "a"), hasEdge("zz", "a"), len(graph))
	m := map[string]int{}
	m[k([]string{"a", "b"})]++
	m[k([]string{"a", "b"})]++
	m[k([]string{"ab"})]++
	fmt.Println(m)
	charcount(strings.NewReader("héllo, 世界! 42\n\xff"))
	ages := map[string]int{"alice": 31, "charlie": 34}
	age, ok := ages["bob"]
	if !ok {
		fmt.Println("bob not a key; age =", age)
	}
	delete(ages, "alice")
	ages["bob"] = ages["bob"] + 1
	ages["carol"]++
	fmt.Println(ages, len(ages))
	var nilm map[string]int
	fmt.Println(nilm["x"], len(nilm), nilm == nil)
	equal := func(x, y map[string]int) bool {
		if len(x) != len(y) {
			return false
		}
		for k, xv := range x {
			if yv, ok := y[k]; !ok || yv != xv {
				return false
			}
		}
		return true
	}
	fmt.Println(equal(map[string]int{"A": 0}, map[string]int{"B": 42}), equal(ages, map[string]int{"bob": 1, "carol": 1, "charlie": 34}))
}
