package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	stats  threading.Local
	totals = map[string]int{}
	lock   threading.Lock
)

func countWords(name, text string) {
	stats.Set("words", 0)
	for range strings.Fields(text) {
		stats.Set("words", stats.Get("words").(int)+1)
	}
	lock.Acquire()
	totals[name] = stats.Get("words").(int)
	lock.Release()
}

func main() {
	texts := [][2]string{{"a", "one two three"}, {"b", "four five"}, {"c", "six"}}
	var threads []*threading.Thread
	for _, item := range texts {
		threads = append(threads, &threading.Thread{Target: func() { countWords(item[0], item[1]) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	_, has := stats.Lookup("words")
	fmt.Printf("[('a', %d), ('b', %d), ('c', %d)] %s\n", totals["a"], totals["b"], totals["c"], map[bool]string{true: "True", false: "False"}[has])
}
