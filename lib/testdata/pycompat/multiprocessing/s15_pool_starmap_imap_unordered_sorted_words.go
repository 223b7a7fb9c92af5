package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func count(word, letter string) []any { return []any{word, strings.Count(word, letter)} }

func length(word string) int { return len(word) }

func pairs(vs []any) string {
	var s []string
	for _, v := range vs {
		p := v.([]any)
		s = append(s, fmt.Sprintf("('%s', %d)", p[0], p[1]))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(count, length)
	words := []string{"banana", "apple", "cherry", "kiwi", "papaya"}
	pool := multiprocessing.NewPool(2)
	defer pool.Terminate()
	var args [][]any
	for _, w := range words {
		args = append(args, []any{w, "a"})
	}
	r1, _ := pool.Starmap(count, args)
	fmt.Println(pairs(r1))
	var ls []int
	it := pool.ImapUnordered(length, words)
	for it.Next() {
		ls = append(ls, it.Value().(int))
	}
	sort.Ints(ls)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(ls), " ", ", "))
	ls = nil
	it = pool.Imap(length, words, 2)
	for it.Next() {
		ls = append(ls, it.Value().(int))
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(ls), " ", ", "))
	args = nil
	for _, w := range words {
		args = append(args, []any{w, "p"})
	}
	ar := pool.StarmapAsync(count, args)
	v, _ := ar.GetTimeout(30 * time.Second)
	fmt.Println(pairs(v.([]any)), map[bool]string{true: "True", false: "False"}[ar.Successful()])
}
