package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func f(x int) int {
	if x == 3 {
		panic("ZeroDivisionError: division by zero")
	}
	return x * 2
}

func main() {
	multiprocessing.Main(f)
	pool := multiprocessing.NewPool(2)
	var got []any
	it := pool.Imap(f, []int{0, 1, 2, 3, 4, 5})
	for it.Next() {
		if err := it.Err(); err != nil {
			fmt.Println(err)
			break
		}
		got = append(got, it.Value())
	}
	fmt.Printf("[%v, %v, %v]\n", got...)
	pool.Terminate()
}
