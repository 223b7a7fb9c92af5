package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func countWords(text string) []any {
	words := strings.Fields(strings.ToLower(text))
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	return []any{len(words), longest}
}

var docs = []string{"the quick brown fox", "", "Jumps over the lazy dog", "a bb ccc"}

func main() {
	multiprocessing.Main(countWords)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	rs, err := ex.Map(countWords, docs)
	if err != nil {
		fmt.Println(err)
	}
	for i, r := range rs {
		p := r.([]any)
		fmt.Printf("'%s' %v '%v'\n", docs[i], p[0], p[1])
	}
	ex.Shutdown(true, false)
}
