package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Word string

func (w Word) Upper() Word { return Word(strings.ToUpper(string(w))) }

type Score struct {
	Who Word
	Pts int
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	words := []Word{"go", "is", "fun", "and", "fast"}
	up := slices.Collect(Map(slices.Values(words), Word.Upper))
	fmt.Println(up)
	long := slices.Collect(Filter(slices.Values(words), func(w Word) bool { return len(w) > 2 }))
	fmt.Println(long)
	for i, w := range slices.Backward(words) {
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	sorted := slices.Sorted(slices.Values(words))
	fmt.Println(sorted)
	scores := []Score{{"ann", 3}, {"bob", 9}, {"cy", 5}}
	byName := maps.Collect(func(yield func(Word, int) bool) {
		for _, s := range scores {
			if !yield(s.Who, s.Pts) {
				return
			}
		}
	})
	fmt.Println(byName)
	keys := slices.SortedFunc(maps.Keys(byName), func(a, b Word) int { return byName[b] - byName[a] })
	fmt.Println(keys)
	all := slices.AppendSeq([]Word{"first"}, maps.Keys(map[Word]bool{"only": true}))
	fmt.Println(all)
	for c := range slices.Chunk(words, 2) {
		fmt.Print(c, len(c), " ")
	}
	fmt.Println()
	for i, s := range slices.All(scores) {
		if i == 2 {
			break
		}
		fmt.Print(s.Who, "=", s.Pts, " ")
	}
	fmt.Println(slices.Repeat([]Word{"ab"}, 3))
}
