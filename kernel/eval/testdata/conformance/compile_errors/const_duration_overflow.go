package main

import (
	"fmt"
	"time"
)

const d = time.Duration(1<<63 - 1)

func main() {
	fmt.Println(d + 1)
}
