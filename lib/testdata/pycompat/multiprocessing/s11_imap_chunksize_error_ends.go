package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func f(x int) (int, error) {
	if x == 4 {
		return 0, fmt.Errorf("bad %d", x)
	}
	return x * 10, nil
}

func drain(it *multiprocessing.IMapIterator) string {
	var out []string
	for it.Next() {
		if err := it.Err(); err != nil {
			out = append(out, "'"+err.Error()+"'")
			continue
		}
		out = append(out, fmt.Sprint(it.Value()))
	}
	out = append(out, "'stop'")
	return "[" + strings.Join(out, ", ") + "]"
}

func main() {
	multiprocessing.Main(f)
	pool := multiprocessing.NewPool(1)
	xs := []int{0, 1, 2, 3, 4, 5, 6, 7}
	// chunksize 1: the error takes the failing item's place, the rest follow
	fmt.Println(drain(pool.Imap(f, xs)))
	// chunksize 3: the failing chunk is lost whole and the iteration ends
	fmt.Println(drain(pool.Imap(f, xs, 3)))
	fmt.Println(drain(pool.ImapUnordered(f, xs, 3)))
	var vals []string
	it := pool.Imap(f, []int{0, 1, 2, 3}, 2)
	for it.Next() {
		vals = append(vals, fmt.Sprint(it.Value()))
	}
	fmt.Println("[" + strings.Join(vals, ", ") + "]")
	for _, cs := range []int{0, -1} {
		it := pool.Imap(f, []int{0, 1, 2}, cs)
		for it.Next() {
			if err := it.Err(); err != nil {
				fmt.Println(err)
				break
			}
		}
	}
	pool.Terminate()
}
