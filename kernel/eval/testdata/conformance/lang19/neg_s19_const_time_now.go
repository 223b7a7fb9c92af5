package main

import (
	"fmt"
	"time"
)

const start = time.Now()

func main() {
	fmt.Println(start)
}
