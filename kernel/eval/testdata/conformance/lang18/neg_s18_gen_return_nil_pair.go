package main

import "fmt"

func Find[T any](xs []T) (T, error) {
	return nil, nil
}

func main() {
	fmt.Println(Find([]int{1}))
}
