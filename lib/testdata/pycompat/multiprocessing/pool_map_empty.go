package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func ident(x any) any {
	return x
}

func add(a, b string) string {
	return a + b
}

func list(v []any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}

func main() {
	multiprocessing.Main(ident, add)
	pool := multiprocessing.NewPool(2)
	a, _ := pool.Map(ident, []any{})
	b, _ := pool.Starmap(add, [][]any{})
	var c []any
	it := pool.Imap(ident, []any{})
	for it.Next() {
		c = append(c, it.Value())
	}
	fmt.Println(list(a), list(b), list(c))
	x, _ := pool.Map(ident, []any{"x"})
	y, _ := pool.Starmap(add, [][]any{{"a", "b"}})
	fmt.Printf("['%v'] ['%v']\n", x[0], y[0])
	pool.Terminate()
}
