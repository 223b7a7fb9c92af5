package main

import "fmt"

func main() {
	words := []string{"go", "notes", "kernel"}
	len := len(words)
	for i := 0; i < len; i++ {
		fmt.Println(i, words[i])
	}
	len = len * 10
	fmt.Println(len)
}
