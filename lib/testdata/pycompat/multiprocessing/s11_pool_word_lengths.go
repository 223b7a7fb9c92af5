package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func measure(word string) []any {
	return []any{word, len(word)}
}

func main() {
	multiprocessing.Main(measure)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	pool := multiprocessing.NewPool(3)
	pairs, _ := pool.Map(measure, words)
	pool.Terminate()
	show := func(p any) string {
		q := p.([]any)
		return fmt.Sprintf("('%v', %v)", q[0], q[1])
	}
	var first []string
	for _, p := range pairs[:3] {
		first = append(first, show(p))
	}
	longest, total := pairs[0], 0
	for _, p := range pairs {
		n := p.([]any)[1].(int)
		total += n
		if n > longest.([]any)[1].(int) {
			longest = p
		}
	}
	fmt.Println(pyStrs(first), show(longest), total)
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
