package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Duration(1.5))
}
