package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func countWords(line string) int { return len(strings.Fields(line)) }

func main() {
	multiprocessing.Main(countWords)
	lines := []string{"the quick brown fox", "jumps over", "the lazy dog", ""}
	pool := multiprocessing.NewPool(2)
	rs, _ := pool.Map(countWords, lines)
	pool.Terminate()
	sum := 0
	for _, r := range rs {
		sum += r.(int)
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "), sum)
}
