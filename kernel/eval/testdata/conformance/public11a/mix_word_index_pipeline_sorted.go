package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type Posting struct {
	Doc  int
	Line int
}

type Index struct {
	mu    sync.Mutex
	terms map[string][]Posting
}

func (ix *Index) add(term string, p Posting) {
	ix.mu.Lock()
	ix.terms[term] = append(ix.terms[term], p)
	ix.mu.Unlock()
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

var docs = []string{
	"The cat sat.\nThe cat ran away!\n",
	"A dog sat on the log.\nDogs and cats don't mix.\n",
	"Nothing to see here\n\nbut the end.",
}

func main() {
	ix := &Index{terms: map[string][]Posting{}}
	var wg sync.WaitGroup
	for d, text := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := bufio.NewScanner(strings.NewReader(text))
			line := 0
			for sc.Scan() {
				line++
				for _, t := range tokenize(sc.Text()) {
					ix.add(t, Posting{d, line})
				}
			}
		}()
	}
	wg.Wait()
	terms := make([]string, 0, len(ix.terms))
	for t, ps := range ix.terms {
		sort.Slice(ps, func(i, j int) bool {
			if ps[i].Doc != ps[j].Doc {
				return ps[i].Doc < ps[j].Doc
			}
			return ps[i].Line < ps[j].Line
		})
		terms = append(terms, t)
	}
	sort.Strings(terms)
	for _, t := range terms {
		if len(ix.terms[t]) > 1 || strings.Contains(t, "'") {
			fmt.Printf("%-6s %v\n", t, ix.terms[t])
		}
	}
	fmt.Println(len(terms), "terms")
	query := func(words ...string) []int {
		count := map[int]int{}
		for _, w := range words {
			seen := map[int]bool{}
			for _, p := range ix.terms[w] {
				if !seen[p.Doc] {
					seen[p.Doc] = true
					count[p.Doc]++
				}
			}
		}
		var out []int
		for d, c := range count {
			if c == len(words) {
				out = append(out, d)
			}
		}
		sort.Ints(out)
		return out
	}
	fmt.Println(query("the", "sat"), query("cat"), query("the"), query("zebra"))
}
