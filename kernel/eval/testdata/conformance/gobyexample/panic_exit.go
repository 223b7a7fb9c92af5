package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred in main")
	fmt.Println("about to panic")
	_, err := os.Open("/definitely/not/here.txt")
	if err != nil {
		panic(err)
	}
}
